package com.carerounds;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CareRoundsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareRoundsApplication.class, args);
    }
}

package com.carerounds;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CareRoundsApplication {

    public static void main(String[] args) {
        SpringApplication.run(CareRoundsApplication.class, args);
    }
}

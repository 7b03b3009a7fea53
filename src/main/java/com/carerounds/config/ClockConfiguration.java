package com.carerounds.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the application, so tests can fix "now". Rosters are planned in China's time zone. */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Asia/Shanghai"));
    }
}

package com.carerounds.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Roles per endpoint as {@code @PreAuthorize} next to each handler, where a reader sees them; which
 * center or team a user may touch is checked by the services against the data itself.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class MethodSecurityConfiguration {
}

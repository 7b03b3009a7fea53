package com.carerounds.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/** Addresses Tomcat or Spring Security refuse are answered with problem details too, not with their own pages. */
@Configuration(proxyBeanMethods = false)
public class WebServerConfiguration {

    /**
     * An encoded slash or backslash ({@code %2F}, {@code %5C}) is passed on undecoded, so that Spring Security's firewall refuses it
     * with a problem instead of Tomcat with its HTML page; Tomcat's error report is problem JSON as well.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorsFromTomcat() {
        return factory -> {
            factory.addConnectorCustomizers(connector -> {
                connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
                connector.setEncodedReverseSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
            });
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        };
    }

    /** A request the firewall refuses (matrix parameters, an encoded slash, {@code ..}): 400 with the reason. */
    @Bean
    RequestRejectedHandler problemForRejectedRequests(ObjectMapper json) {
        return (request, response, e) -> Problems.write(response, json, HttpStatus.BAD_REQUEST,
                "the address contains something CareRounds does not accept, such as ';' (matrix parameters), "
                        + "an encoded '/' or '\\', or '..': send the path plainly and any options as query parameters");
    }
}

package com.carerounds.config;

import com.carerounds.privacy.FieldCipher;
import com.carerounds.privacy.PrivacyKey;
import com.carerounds.settings.CareRoundsSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cipher of personal data at rest, from {@code carerounds.privacy.*}. */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrivacyConfiguration.class);

    @Bean
    FieldCipher fieldCipher(CareRoundsSettings settings) {
        CareRoundsSettings.Privacy privacy = settings.privacy();
        if (privacy.usesDemoKeys()) {
            log.warn("Personal data is encrypted with the published demo keys: fine for the demo, not for real "
                    + "elders. Set CARE_PRIVACY_KEY and CARE_PRIVACY_HASH_KEY (ops/README.md, \"Personal data keys\")");
            return FieldCipher.demo();
        }
        return new FieldCipher(PrivacyKey.parse(privacy.key(), "carerounds.privacy.key"),
                privacy.previousKeys().stream()
                        .map(key -> PrivacyKey.parse(key, "carerounds.privacy.previous-keys")).toList(),
                PrivacyKey.parse(privacy.hashKey(), "carerounds.privacy.hash-key"));
    }
}

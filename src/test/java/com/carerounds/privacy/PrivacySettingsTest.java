package com.carerounds.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carerounds.settings.CareRoundsSettings;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The shipped properties: demo keys on the embedded database, none in production (the postgres profile). */
class PrivacySettingsTest {

    @Test
    void theEmbeddedDatabaseStartsWithTheDemoKeys() throws IOException {
        assertThat(bind(Map.of(), "application.properties").usesDemoKeys()).isTrue();
    }

    @Test
    void thePostgresProfileRefusesToStartWithoutKeys() {
        assertThatThrownBy(() -> bind(Map.of(), "application-postgres.properties", "application.properties"))
                .isInstanceOf(BindException.class).rootCause()
                .hasMessageContaining("CARE_PRIVACY_KEY").hasMessageContaining("CARE_PRIVACY_HASH_KEY")
                .hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void thePostgresProfileStartsWithConfiguredKeys() throws IOException {
        CareRoundsSettings.Privacy privacy = bind(Map.of("CARE_PRIVACY_KEY", "a2V5", "CARE_PRIVACY_HASH_KEY", "aGFzaA==",
                "CARE_PRIVACY_PREVIOUS_KEYS", "b2xkMQ==,b2xkMg=="), "application-postgres.properties", "application.properties");
        assertThat(privacy.usesDemoKeys()).isFalse();
        assertThat(privacy.previousKeys()).containsExactly("b2xkMQ==", "b2xkMg==");
        assertThat(privacy.toString()).doesNotContain("a2V5", "aGFzaA==");
    }

    @Test
    void oneKeyWithoutTheOtherIsRefused() {
        assertThatThrownBy(() -> bind(Map.of("CARE_PRIVACY_KEY", "a2V5"), "application.properties"))
                .rootCause().hasMessageContaining("set both");
    }

    /** The files in order of precedence, with these environment variables, as Spring Boot binds them. */
    private static CareRoundsSettings.Privacy bind(Map<String, Object> env, String... files) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("env", env));
        for (String file : files) {
            new PropertiesPropertySourceLoader().load(file, new ClassPathResource(file))
                    .forEach(environment.getPropertySources()::addLast);
        }
        return Binder.get(environment).bind("carerounds", CareRoundsSettings.class).get().privacy();
    }
}

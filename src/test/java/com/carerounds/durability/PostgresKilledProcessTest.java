package com.carerounds.durability;

import com.carerounds.persistence.PostgresTestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** The production profile on a database of its own; .ci/run always enables it. */
@EnabledIfSystemProperty(named = PostgresTestDatabase.PROPERTY, matches = ".+")
class PostgresKilledProcessTest extends KilledProcessContract {

    private static final String KEY = "a2lsbGVkLXByb2Nlc3MtdGVzdC1lbmNyeXB0aW9uLWs=";
    private static final String HASH_KEY = "a2lsbGVkLXByb2Nlc3MtdGVzdC1maW5nZXJwcmludC0=";

    private String url;

    @Override
    List<String> database(Path dir) {
        if (url == null) {
            url = PostgresTestDatabase.create();
        }
        return List.of("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                // The production profile starts only with keys of its own for elders' personal data.
                "--carerounds.privacy.key=" + KEY, "--carerounds.privacy.hash-key=" + HASH_KEY);
    }
}

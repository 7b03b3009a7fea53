package com.carerounds.durability;

import java.nio.file.Path;
import java.util.List;

/** The embedded default: the H2 URL of application.properties, on files in a temporary folder. */
class H2KilledProcessTest extends KilledProcessContract {

    @Override
    List<String> database(Path dir) {
        // CARE_DATA_DIR is how a user picks the folder; the rest of the URL is the shipped one.
        return List.of("--CARE_DATA_DIR=" + dir.resolve("data"));
    }
}

package com.carerounds.dataset;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/** Where the CSV files of a dataset come from: a folder, the classpath, or an upload. */
@FunctionalInterface
public interface DatasetSource {

    /** Opens one file of the dataset, e.g. {@code "elders.csv"}; empty when the dataset does not have it. */
    Optional<Reader> open(String fileName);

    static DatasetSource directory(Path folder) {
        return fileName -> {
            Path file = folder.resolve(fileName);
            try {
                return Files.exists(file) ? Optional.of(Files.newBufferedReader(file, StandardCharsets.UTF_8))
                        : Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** A folder given as a Spring resource location such as {@code classpath:data/demo/}. */
    static DatasetSource location(ResourceLoader loader, String location) {
        String folder = location.endsWith("/") ? location : location + "/";
        return fileName -> {
            Resource resource = loader.getResource(folder + fileName);
            if (!resource.exists()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    static DatasetSource of(Map<String, String> files) {
        return fileName -> Optional.ofNullable(files.get(fileName)).map(StringReader::new);
    }
}

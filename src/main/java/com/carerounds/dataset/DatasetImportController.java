package com.carerounds.dataset;

import com.carerounds.kernel.InvalidFieldException;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * Bulk import of centers, teams, elders, assessments and contracts in the data/README.md format:
 * the CSV files as multipart parts, or the same rows as JSON. All rows or none, into the signed-in
 * administrator's own center (a deployment administrator: any, and new ones).
 */
@RestController
class DatasetImportController {

    static final Set<String> FILES = Set.of("centers", "teams", "team_members", "team_leave", "elders",
            "assessments", "contracts");

    private final DatasetImporter importer;

    DatasetImportController(DatasetImporter importer) {
        this.importer = importer;
    }

    /** One part per file, named after it ({@code elders.csv} or {@code elders}). */
    @Operation(summary = "Import a dataset from CSV files, one multipart part per file; all or nothing.")
    @PostMapping(path = "/api/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importCsv(MultipartHttpServletRequest request) throws IOException {
        Map<String, String> files = new HashMap<>();
        for (Map.Entry<String, MultipartFile> part : request.getFileMap().entrySet()) {
            files.put(fileName(part.getKey()), new String(part.getValue().getBytes(), StandardCharsets.UTF_8));
        }
        return importer.importAsSignedInUser(DatasetSource.of(files));
    }

    /** {@code {"elders": [{"code": "E1", "name": "…", …}], "contracts": […]}}: objects keyed by the CSV columns. */
    @Operation(summary = "Import a dataset given as JSON rows per file; all or nothing.")
    @PostMapping(path = "/api/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportResult importJson(@RequestBody Map<String, List<Map<String, Object>>> body) {
        Map<String, String> files = new HashMap<>();
        body.forEach((name, rows) -> files.put(fileName(name), toCsv(name, rows)));
        return importer.importAsSignedInUser(DatasetSource.of(files));
    }

    private static String fileName(String name) {
        String base = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        if (!FILES.contains(base)) {
            throw new IllegalArgumentException("unknown dataset file '" + name + "'; expected one of " + FILES);
        }
        return base + ".csv";
    }

    /**
     * The JSON rows as the CSV the importer reads, so both forms are checked by the same code. Each
     * value is a text, number, boolean or list of those; a missing list or row is refused by its path.
     */
    static String toCsv(String name, List<Map<String, Object>> rows) {
        if (rows == null) {
            throw new InvalidFieldException(name, "must be a list of rows");
        }
        Set<String> columns = new LinkedHashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                throw new InvalidFieldException(name + "[" + i + "]", "must be a row: an object keyed by the columns");
            }
            String row = name + "[" + i + "].";
            rows.get(i).forEach((column, value) -> requireScalar(row + column, value));
            columns.addAll(rows.get(i).keySet());
        }
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append('\n');
        for (Map<String, Object> row : rows) {
            List<String> fields = new ArrayList<>();
            for (String column : columns) {
                Object value = row.get(column);
                String text = value == null ? "" : value instanceof List<?> list
                        ? String.join("|", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
                fields.add('"' + text.replace("\"", "\"\"") + '"');
            }
            csv.append(String.join(",", fields)).append('\n');
        }
        return csv.toString();
    }

    private static void requireScalar(String field, Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?> list
                && list.stream().anyMatch(v -> v == null || v instanceof Map<?, ?> || v instanceof List<?>)) {
            throw new InvalidFieldException(field, "must be a text, a number or a list of those");
        }
    }
}

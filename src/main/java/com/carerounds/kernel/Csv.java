package com.carerounds.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks. */
public final class Csv {

    private Csv() {
    }

    /** A data row: its line number in the file (for error reports) and its fields by column name. */
    public record Row(int line, Map<String, String> fields) {

        /** The trimmed value, or "" when the column is missing or empty. */
        public String get(String column) {
            String value = fields.get(column);
            return value == null ? "" : value.trim();
        }
    }

    public static List<Row> read(Reader source) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(source)) {
            parse(in, records, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (records.isEmpty()) {
            return List.of();
        }
        List<String> header = records.get(0).stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r < records.size(); r++) {
            List<String> values = records.get(r);
            if (values.size() == 1 && values.get(0).isBlank()) {
                continue;
            }
            if (values.size() > header.size()) {
                throw new IllegalArgumentException("line " + lines.get(r) + ": " + values.size()
                        + " fields but the header has " + header.size());
            }
            Map<String, String> fields = new HashMap<>();
            for (int c = 0; c < values.size(); c++) {
                fields.put(header.get(c), values.get(c));
            }
            rows.add(new Row(lines.get(r), fields));
        }
        return rows;
    }

    private static void parse(BufferedReader in, List<List<String>> records, List<Integer> lines) throws IOException {
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atStart = true;
        int line = 1;
        int recordLine = 1;
        int ch;
        while ((ch = in.read()) != -1) {
            char c = (char) ch;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                // part of a \r\n line end
            } else if (c == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                lines.add(recordLine);
                record = new ArrayList<>();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
            atStart = false;
        }
        if (quoted) {
            throw new IllegalArgumentException("line " + recordLine + ": a quoted field is not closed");
        }
        if (!atStart && (!field.isEmpty() || !record.isEmpty())) {
            record.add(field.toString());
            records.add(record);
            lines.add(recordLine);
        }
    }
}

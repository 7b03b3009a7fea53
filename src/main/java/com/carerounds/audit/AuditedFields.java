package com.carerounds.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A record's fields as the trail shows them, taken before and after a change. A protected field (a national
 * ID, a phone, a visit's notes) is compared by its value but shown only masked, so the trail tells that it
 * changed without holding it.
 */
public final class AuditedFields {

    /** A value longer than this is cut: the trail tells what changed, it is not a copy of the record. */
    static final int MAX_SHOWN = 1000;

    private record Field(Object compared, String shown) {
    }

    private final Map<String, Field> fields = new LinkedHashMap<>();

    public static AuditedFields none() {
        return new AuditedFields();
    }

    public AuditedFields with(String field, Object value) {
        String shown = value == null ? null : String.valueOf(value);
        fields.put(field, new Field(shown, shown == null || shown.length() <= MAX_SHOWN ? shown
                : shown.substring(0, MAX_SHOWN) + "…"));
        return this;
    }

    /** Compared by {@code value}, shown as {@code masked}. */
    public AuditedFields withProtected(String field, Object value, String masked) {
        fields.put(field, new Field(value, value == null ? null : masked));
        return this;
    }

    /** The fields whose value differs from {@code before}, in this record's order. */
    List<Change> changesFrom(AuditedFields before) {
        List<Change> changes = new ArrayList<>();
        Map<String, Field> all = new LinkedHashMap<>(before.fields);
        all.putAll(fields);
        all.keySet().forEach(name -> {
            Field old = before.fields.get(name);
            Field now = fields.get(name);
            if (!Objects.equals(old == null ? null : old.compared(), now == null ? null : now.compared())) {
                changes.add(new Change(name, old == null ? null : old.shown(), now == null ? null : now.shown()));
            }
        });
        return changes;
    }
}

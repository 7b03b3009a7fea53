package com.carerounds.privacy;

import java.util.Objects;

/**
 * A text kept encrypted at rest: clear in memory, stored through {@link FieldCipher} in its column (the
 * persistence layer converts it both ways). {@link #toString()} masks it, so it never reaches a log.
 */
public record EncryptedText(String clear) {

    public EncryptedText {
        Objects.requireNonNull(clear, "clear");
    }

    /** Null for null: an optional value stays absent. */
    public static EncryptedText ofNullable(String clear) {
        return clear == null ? null : new EncryptedText(clear);
    }

    @Override
    public String toString() {
        return "EncryptedText[***]";
    }
}

package com.carerounds.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A 256-bit key and its id: the first 8 hex characters of a SHA-256 over the key, stored beside every value
 * so that a value tells which key it needs. The id reveals nothing of the key; {@link #toString()} shows the
 * id only, so a key never reaches a log.
 */
public final class PrivacyKey {

    private static final int BYTES = 32;

    private final byte[] bytes;
    private final String id;

    private PrivacyKey(byte[] bytes) {
        this.bytes = bytes;
        this.id = HexFormat.of().formatHex(sha256("carerounds key id".getBytes(StandardCharsets.UTF_8), bytes), 0, 4);
    }

    /**
     * A key given in base64, as {@code openssl rand -base64 32} writes it.
     *
     * @param setting the setting's name, for the message (the value itself is never repeated)
     */
    public static PrivacyKey parse(String base64, String setting) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not base64: generate one with `openssl rand -base64 32`");
        }
        if (decoded.length != BYTES) {
            throw new IllegalArgumentException(setting + " must be " + BYTES + " bytes (base64 of 32 random bytes, "
                    + "`openssl rand -base64 32`), not " + decoded.length);
        }
        return new PrivacyKey(decoded);
    }

    /** A fixed key derived from a public name: for the embedded demo database only, never for real data. */
    static PrivacyKey published(String name) {
        return new PrivacyKey(sha256(name.getBytes(StandardCharsets.UTF_8)));
    }

    public String id() {
        return id;
    }

    byte[] bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return "PrivacyKey[" + id + "]";
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

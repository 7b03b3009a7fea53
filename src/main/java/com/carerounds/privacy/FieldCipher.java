package com.carerounds.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data for its column and fingerprints it for look-ups.
 *
 * <p>A stored value is {@code <key id>:<base64 of IV, ciphertext and tag>} (AES-256-GCM, a fresh 96-bit IV
 * each time, the key id as associated data): equal values are stored differently, a changed byte is
 * detected, and the key id says which key decrypts it. New values use the current key; previous keys only
 * decrypt, until the rotation has re-encrypted everything under the current one.
 *
 * <p>A fingerprint is {@code <key id>:<base64 of HMAC-SHA256>} under the hash key: equal values give equal
 * fingerprints, so a unique index and a look-up work on it, while without the key nobody can test a
 * guessed national ID against it.
 */
public final class FieldCipher {

    private static final String SEPARATOR = ":";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivacyKey current;
    private final Map<String, PrivacyKey> keys = new LinkedHashMap<>();
    private final PrivacyKey hashKey;
    /**
     * One cipher per thread, initialised afresh for each value: looking the algorithm up costs more than the
     * decryption, and the doctors' visit list decrypts a phone number per visit.
     */
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(FieldCipher::aesGcm);

    /**
     * @param current  encrypts new values (and decrypts its own)
     * @param previous decrypt values stored under earlier keys, until they are rotated
     * @param hashKey  keys the fingerprints
     */
    public FieldCipher(PrivacyKey current, List<PrivacyKey> previous, PrivacyKey hashKey) {
        this.current = current;
        this.hashKey = hashKey;
        keys.put(current.id(), current);
        previous.forEach(key -> keys.putIfAbsent(key.id(), key));
    }

    /**
     * The published demo keys of the embedded database: anyone can read data encrypted with them, so they
     * are for the demo only, and a deployment with real data configures its own.
     */
    public static FieldCipher demo() {
        return new FieldCipher(PrivacyKey.published("carerounds demo encryption key"), List.of(),
                PrivacyKey.published("carerounds demo hash key"));
    }

    /** The stored form of a value under the current key; null for null. */
    public String encrypt(String clear) {
        if (clear == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, current, iv);
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return current.id() + SEPARATOR + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
    }

    /**
     * The clear value of a stored one (as {@link #encrypt} wrote it, under the current or a previous key);
     * null for null. This is the one call a query that reads an encrypted column directly needs.
     *
     * @throws IllegalStateException when the value's key is not configured or the value was altered
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int separator = stored.indexOf(SEPARATOR);
        PrivacyKey key = separator < 0 ? null : keys.get(stored.substring(0, separator));
        if (key == null) {
            throw new IllegalStateException("a stored value is encrypted with key id "
                    + (separator < 0 ? "(none)" : stored.substring(0, separator))
                    + ", which is neither carerounds.privacy.key nor one of carerounds.privacy.previous-keys");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(separator + 1));
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, IV_BYTES));
            return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("a stored value under key " + key.id() + " cannot be decrypted: "
                    + "it was altered, or the key of that id is not the one it was written with");
        }
    }

    /** The keyed fingerprint of a value, for a unique index and for looking it up; null for null. */
    public String fingerprint(String clear) {
        if (clear == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(hashKey.bytes(), "HmacSHA256"));
            return hashKey.id() + SEPARATOR
                    + Base64.getEncoder().encodeToString(mac.doFinal(clear.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java runtime", e);
        }
    }

    /** The prefix of every value stored under the current key: what the rotation leaves alone. */
    public String currentPrefix() {
        return current.id() + SEPARATOR;
    }

    /** The prefix of every fingerprint under the current hash key. */
    public String currentFingerprintPrefix() {
        return hashKey.id() + SEPARATOR;
    }

    private Cipher cipher(int mode, PrivacyKey key, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = ciphers.get();
        cipher.init(mode, new SecretKeySpec(key.bytes(), "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(key.id().getBytes(StandardCharsets.US_ASCII));
        return cipher;
    }

    private static Cipher aesGcm() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is missing from this Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return "FieldCipher[key " + current.id() + ", decrypts " + keys.keySet() + ", hash key " + hashKey.id() + "]";
    }
}

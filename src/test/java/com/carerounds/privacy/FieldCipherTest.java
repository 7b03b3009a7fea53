package com.carerounds.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final PrivacyKey OLD = key("the old encryption key, 32 bytes");
    private static final PrivacyKey NEW = key("the new encryption key, 32 bytes");
    private static final PrivacyKey HASH = key("the fingerprint key of 32 bytes.");

    @Test
    void decryptsWhatItEncryptedAndStoresEqualValuesDifferently() {
        FieldCipher cipher = new FieldCipher(NEW, List.of(), HASH);
        String once = cipher.encrypt("13812345678");
        String twice = cipher.encrypt("13812345678");
        assertThat(once).startsWith(NEW.id() + ":").doesNotContain("13812345678").isNotEqualTo(twice);
        assertThat(cipher.decrypt(once)).isEqualTo("13812345678");
        assertThat(cipher.decrypt(cipher.encrypt("上海市长宁区"))).isEqualTo("上海市长宁区");
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }

    @Test
    void previousKeysOnlyDecrypt() {
        String underOld = new FieldCipher(OLD, List.of(), HASH).encrypt("31010519380305105X");
        FieldCipher rotated = new FieldCipher(NEW, List.of(OLD), HASH);
        assertThat(rotated.decrypt(underOld)).isEqualTo("31010519380305105X");
        assertThat(rotated.encrypt("x")).startsWith(rotated.currentPrefix()).startsWith(NEW.id());
        assertThatThrownBy(() -> new FieldCipher(NEW, List.of(), HASH).decrypt(underOld))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(OLD.id()).hasMessageContaining("carerounds.privacy.previous-keys");
    }

    @Test
    void anAlteredValueIsDetected() {
        FieldCipher cipher = new FieldCipher(NEW, List.of(), HASH);
        String stored = cipher.encrypt("13812345678");
        char last = stored.charAt(stored.length() - 3);
        String altered = stored.substring(0, stored.length() - 3) + (last == 'A' ? 'B' : 'A') + stored.substring(stored.length() - 2);
        assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("altered");
    }

    @Test
    void fingerprintsAreEqualForEqualValuesAndDependOnTheKey() {
        FieldCipher cipher = new FieldCipher(NEW, List.of(), HASH);
        assertThat(cipher.fingerprint("31010519380305105X")).isEqualTo(cipher.fingerprint("31010519380305105X"))
                .startsWith(cipher.currentFingerprintPrefix()).doesNotContain("1938")
                .isNotEqualTo(cipher.fingerprint("310105193803050049"))
                .isNotEqualTo(new FieldCipher(NEW, List.of(), OLD).fingerprint("31010519380305105X"));
    }

    @Test
    void aKeyMustBe32BytesOfBase64AndNeverAppearsInAMessage() {
        assertThatThrownBy(() -> PrivacyKey.parse("c2hvcnQ=", "carerounds.privacy.key"))
                .hasMessageContaining("carerounds.privacy.key").hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> PrivacyKey.parse("not base64!", "carerounds.privacy.key"))
                .hasMessageContaining("openssl rand -base64 32");
        assertThat(NEW.toString()).isEqualTo("PrivacyKey[" + NEW.id() + "]");
    }

    private static PrivacyKey key(String text) {
        return PrivacyKey.parse(Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII)), "test");
    }
}

package com.carerounds.elder;

import com.carerounds.privacy.FieldCipher;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotates the keys of elders' personal data: re-encrypts under {@code carerounds.privacy.key} every value
 * stored under a previous key, and recomputes every fingerprint made with another hash key. Runs once at
 * start, before the service answers, in one transaction: either every row is under the current keys or
 * none changed (ops/README.md, "Personal data keys"). A value under a key that is not configured stops the
 * start, rather than leaving records nobody can read.
 */
@Component
public class PersonalDataKeyRotation implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataKeyRotation.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final FieldCipher cipher;

    public PersonalDataKeyRotation(JdbcTemplate jdbc, TransactionTemplate transaction, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.cipher = cipher;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int rotated = rotate();
        if (rotated > 0) {
            log.info("Re-encrypted the personal data of {} elder(s) under the current keys ({})", rotated, cipher);
        }
    }

    /** The number of elders whose stored values changed; 0 when all are under the current keys already. */
    public int rotate() {
        return transaction.execute(status -> {
            String key = cipher.currentPrefix() + "%";
            String hash = cipher.currentFingerprintPrefix() + "%";
            List<Object[]> updates = jdbc.query("select id, national_id, phone from elder where national_id not like ? "
                            + "or national_id_hash not like ? or phone not like ?",
                    (row, i) -> {
                        String nationalId = cipher.decrypt(row.getString("national_id"));
                        return new Object[] {cipher.encrypt(nationalId), NationalId.fingerprint(nationalId, cipher),
                                cipher.encrypt(cipher.decrypt(row.getString("phone"))), row.getLong("id")};
                    }, key, hash, key);
            jdbc.batchUpdate("update elder set national_id = ?, national_id_hash = ?, phone = ? where id = ?", updates);
            return updates.size();
        });
    }
}

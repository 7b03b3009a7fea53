package com.carerounds.elder;

import com.carerounds.privacy.FieldCipher;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Encrypts the national IDs and phones stored in clear before this version, and moves the national ID's
 * unique index onto its keyed fingerprint: from then on neither the table nor the database's log (a
 * duplicate key's "DETAIL: Key (...)=(...)") holds the number. Portable SQL, so it runs on H2 and
 * PostgreSQL alike; a Spring bean, as it needs the configured keys.
 */
@Component
public class V10__Elder_personal_data_encrypted extends BaseJavaMigration {

    /** Fits an 18-character ID or a 32-character phone (up to 128 bytes of UTF-8) once encrypted and in base64. */
    static final int ENCRYPTED_LENGTH = 255;

    private final FieldCipher cipher;

    public V10__Elder_personal_data_encrypted(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table elder drop constraint uq_elder_national_id");
            ddl.execute("alter table elder alter column national_id set data type varchar(" + ENCRYPTED_LENGTH + ")");
            ddl.execute("alter table elder alter column phone set data type varchar(" + ENCRYPTED_LENGTH + ")");
            ddl.execute("alter table elder add column national_id_hash varchar(64)");
        }
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("select id, national_id, phone from elder");
             PreparedStatement update = connection.prepareStatement(
                     "update elder set national_id = ?, national_id_hash = ?, phone = ? where id = ?")) {
            while (rows.next()) {
                String nationalId = rows.getString("national_id").toUpperCase();
                update.setString(1, cipher.encrypt(nationalId));
                update.setString(2, NationalId.fingerprint(nationalId, cipher));
                update.setString(3, cipher.encrypt(rows.getString("phone")));
                update.setLong(4, rows.getLong("id"));
                update.addBatch();
            }
            update.executeBatch();
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("alter table elder alter column national_id_hash set not null");
            ddl.execute("alter table elder add constraint uq_elder_national_id_hash unique (national_id_hash)");
        }
    }
}

package com.carerounds.audit;

import com.carerounds.account.Access;
import com.carerounds.account.SignedInUser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes and reads the audit trail. An entry is written in the transaction of the change it describes
 * (there must be one): a change that fails or is rolled back leaves no entry, and no change commits
 * without its entry.
 */
@Service
public class AuditTrail {

    /** The newest entries first, at most this many an answer: narrow by record or dates for older ones. */
    static final int MAX_ENTRIES = 500;
    private static final TypeReference<List<Change>> CHANGES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final Access access;

    public AuditTrail(JdbcTemplate jdbc, ObjectMapper json, Clock clock, Access access) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.access = access;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void created(AuditedEntity entity, Long id, Long centerId, AuditedFields fields) {
        record(entity, id, centerId, AuditAction.CREATE, AuditedFields.none(), fields);
    }

    /** Nothing is written when no field changed (an outcome sent twice). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void updated(AuditedEntity entity, Long id, Long centerId, AuditedFields before, AuditedFields after) {
        record(entity, id, centerId, AuditAction.UPDATE, before, after);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deleted(AuditedEntity entity, Long id, Long centerId, AuditedFields fields) {
        record(entity, id, centerId, AuditAction.DELETE, fields, AuditedFields.none());
    }

    private void record(AuditedEntity entity, Long id, Long centerId, AuditAction action, AuditedFields before,
                AuditedFields after) {
        List<Change> changes = after.changesFrom(before);
        if (action == AuditAction.UPDATE && changes.isEmpty()) {
            return;
        }
        SignedInUser user = signedIn();
        jdbc.update("insert into audit_entry (changed_at, center_id, account_id, username, entity_type, entity_id, "
                        + "action, changes) values (?, ?, ?, ?, ?, ?, ?, ?)",
                Timestamp.from(clock.instant()), centerId, user == null ? null : user.accountId(),
                user == null ? "system" : user.username(), entity.name(), id, action.name(), write(changes));
    }

    /**
     * The center's entries, newest first: a center's administrator their own center's, a deployment
     * administrator the named center's. {@code entity} and {@code id} narrow to a kind of record or one
     * record; {@code from} and {@code to} to days (inclusive, in the service's time zone).
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> list(Long centerId, AuditedEntity entity, Long id, LocalDate from, LocalDate to) {
        if (id != null && entity == null) {
            throw new IllegalArgumentException("give entity with id: ids are per kind of record");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("to must be on or after from");
        }
        StringBuilder sql = new StringBuilder("select id, changed_at, center_id, account_id, username, entity_type, "
                + "entity_id, action, changes from audit_entry where center_id = ?");
        List<Object> args = new ArrayList<>(List.of(access.centerOf(centerId)));
        if (entity != null) {
            sql.append(" and entity_type = ?");
            args.add(entity.name());
        }
        if (id != null) {
            sql.append(" and entity_id = ?");
            args.add(id);
        }
        if (from != null) {
            sql.append(" and changed_at >= ?");
            args.add(Timestamp.from(from.atStartOfDay(clock.getZone()).toInstant()));
        }
        if (to != null) {
            sql.append(" and changed_at < ?");
            args.add(Timestamp.from(to.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
        }
        sql.append(" order by changed_at desc, id desc fetch first ").append(MAX_ENTRIES).append(" rows only");
        return jdbc.query(sql.toString(), this::entry, args.toArray());
    }

    /** One record's entries, newest first, for a caller that has checked the user may see the record. */
    @Transactional(readOnly = true)
    public List<AuditEntry> ofRecord(AuditedEntity entity, Long id) {
        return jdbc.query("select id, changed_at, center_id, account_id, username, entity_type, entity_id, action, changes "
                        + "from audit_entry where entity_type = ? and entity_id = ? order by changed_at desc, id desc "
                        + "fetch first " + MAX_ENTRIES + " rows only", this::entry, entity.name(), id);
    }

    private AuditEntry entry(java.sql.ResultSet row, int i) throws java.sql.SQLException {
        return new AuditEntry(row.getLong("id"), row.getTimestamp("changed_at").toInstant(), row.getLong("center_id"),
                (Long) row.getObject("account_id", Long.class), row.getString("username"),
                AuditedEntity.valueOf(row.getString("entity_type")), row.getLong("entity_id"),
                AuditAction.valueOf(row.getString("action")), read(row.getString("changes")));
    }

    private static SignedInUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? user : null;
    }

    private String write(List<Change> changes) {
        try {
            return json.writeValueAsString(changes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("changes are plain strings", e);
        }
    }

    private List<Change> read(String changes) {
        try {
            return json.readValue(changes, CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit entry's changes are not the JSON the trail wrote", e);
        }
    }
}

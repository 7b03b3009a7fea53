package com.carerounds.elder;

import com.carerounds.privacy.FieldCipher;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a doctor's visit list shows of each elder, read for many elders at once in two queries. The
 * list is the most frequent request of the service; reading whole {@link Elder} aggregates cost five
 * further queries per elder (one per collection), which made it many times slower than signing in.
 */
@Component
public class ElderCards {

    /** The elder as the doctor needs them at the door. */
    public record ElderCard(Long id, String name, String address, String phone, Set<CareNeed> needs,
                            Set<ChronicCondition> conditions) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final FieldCipher cipher;

    public ElderCards(NamedParameterJdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The cards of these elders by id; an id without an elder is left out. */
    @Transactional(readOnly = true)
    public Map<Long, ElderCard> of(Collection<Long> elderIds) {
        Map<Long, ElderCard> cards = new HashMap<>();
        if (elderIds.isEmpty()) {
            return cards;
        }
        // One array parameter rather than a list expanded into the statement: the statement's text stays
        // the same for any number of elders, so the database parses it once per connection, not per request.
        Map<String, Object> ids = Map.of("ids", Set.copyOf(elderIds).toArray(Long[]::new));
        jdbc.query("select id, name, address, phone from elder where id = any(:ids)", ids, row -> {
            Long id = row.getLong("id");
            cards.put(id, new ElderCard(id, row.getString("name"), row.getString("address"), phone(row),
                    EnumSet.noneOf(CareNeed.class), EnumSet.noneOf(ChronicCondition.class)));
        });
        // Needs and conditions in one round trip: the list is read far more often than anything else.
        jdbc.query("select elder_id, 'N' as kind, need as name from elder_need where elder_id = any(:ids)"
                + " union all select elder_id, 'C', chronic_condition from elder_condition where elder_id = any(:ids)",
                ids, (RowCallbackHandler) row -> {
                    ElderCard card = cards.get(row.getLong("elder_id"));
                    if ("N".equals(row.getString("kind"))) {
                        card.needs().add(CareNeed.valueOf(row.getString("name")));
                    } else {
                        card.conditions().add(ChronicCondition.valueOf(row.getString("name")));
                    }
                });
        return cards;
    }

    /** The phone is stored encrypted (see {@code privacy}); this is the only place this class reads it. */
    private String phone(ResultSet row) throws SQLException {
        return cipher.decrypt(row.getString("phone"));
    }
}

package com.carerounds.elder;

import com.carerounds.geo.Location;
import com.carerounds.privacy.EncryptedText;
import com.carerounds.privacy.FieldCipher;
import com.carerounds.solver.HalfDay;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A center's elders, whole, in one query per table: a roster's plan is made from all of them, and the
 * repository's reading costs six further queries per elder (one per collection), most of a
 * recommendation's time at 2,000 elders. The same aggregates as {@link ElderRepository#findByCenterId}
 * (the persistence contract compares them).
 */
@Component
public class CenterElders {

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    public CenterElders(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The collections of each elder while they are read. */
    private record Parts(Set<CategoryEntry> categories, Set<ConditionEntry> conditions, Set<NeedEntry> needs,
                         Set<UnavailableDate> unavailable, List<AdlAssessment> assessments, Set<VisitTimes> visitTimes) {

        Parts() {
            this(new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashSet<>(), new ArrayList<>(), new HashSet<>());
        }
    }

    @Transactional(readOnly = true)
    public List<Elder> of(Long centerId) {
        Map<Long, Parts> parts = new LinkedHashMap<>();
        jdbc.query("select id from elder where center_id = ? order by id",
                (RowCallbackHandler) row -> parts.put(row.getLong(1), new Parts()), centerId);
        collect("select c.elder_id, c.category from elder_category c", centerId, parts,
                (part, row) -> part.categories().add(new CategoryEntry(ElderCategory.valueOf(row.getString(2)))));
        collect("select c.elder_id, c.chronic_condition from elder_condition c", centerId, parts,
                (part, row) -> part.conditions().add(new ConditionEntry(ChronicCondition.valueOf(row.getString(2)))));
        collect("select c.elder_id, c.need from elder_need c", centerId, parts,
                (part, row) -> part.needs().add(new NeedEntry(CareNeed.valueOf(row.getString(2)))));
        collect("select c.elder_id, c.unavailable_on from elder_unavailable_date c", centerId, parts,
                (part, row) -> part.unavailable().add(new UnavailableDate(row.getDate(2).toLocalDate())));
        collect("select c.elder_id, c.assessed_on, c.score, c.assessor from adl_assessment c", centerId, parts,
                "c.list_index", (part, row) -> part.assessments().add(
                        new AdlAssessment(row.getDate(2).toLocalDate(), row.getInt(3), row.getString(4))));
        collect("select c.elder_id, c.effective_from, c.window_start, c.window_end, c.visit_weekdays from elder_visit_times c",
                centerId, parts, (part, row) -> part.visitTimes().add(new VisitTimes(row.getDate(2).toLocalDate(),
                        time(row.getTime(3)), time(row.getTime(4)), VisitWeekdays.parse(row.getString(5)))));
        List<Elder> elders = new ArrayList<>();
        jdbc.query("select id, version, center_id, code, name, sex, birth_date, national_id, national_id_hash, phone, "
                + "address, latitude, longitude, preferred_half_day, visit_weekdays, visit_window_start, visit_window_end "
                + "from elder where center_id = ? order by id", (RowCallbackHandler) row -> {
                    Parts part = parts.get(row.getLong(1));
                    if (part == null) {
                        return; // registered after the collections were read: left for the next read
                    }
                    String phone = row.getString(10);
                    String halfDay = row.getString(14);
                    String weekdays = row.getString(15);
                    Time windowStart = row.getTime(16);
                    elders.add(new Elder(row.getLong(1), row.getInt(2), row.getLong(3), row.getString(4), row.getString(5),
                            Sex.valueOf(row.getString(6)), row.getDate(7).toLocalDate(),
                            new EncryptedText(cipher.decrypt(row.getString(8))), row.getString(9),
                            phone == null ? null : new EncryptedText(cipher.decrypt(phone)), row.getString(11),
                            new Location(row.getDouble(12), row.getDouble(13)),
                            halfDay == null ? null : HalfDay.valueOf(halfDay),
                            weekdays == null ? null : VisitWeekdays.parse(weekdays),
                            windowStart == null ? null : new TimeWindow(windowStart.toLocalTime(), row.getTime(17).toLocalTime()),
                            part.categories(), part.conditions(), part.needs(), part.unavailable(), part.assessments(),
                            part.visitTimes()));
                }, centerId);
        return elders;
    }

    private void collect(String select, Long centerId, Map<Long, Parts> parts, RowReader reader) {
        collect(select, centerId, parts, "c.elder_id", reader);
    }

    private void collect(String select, Long centerId, Map<Long, Parts> parts, String order, RowReader reader) {
        jdbc.query(select + " join elder e on e.id = c.elder_id where e.center_id = ? order by " + order,
                (RowCallbackHandler) row -> {
                    Parts part = parts.get(row.getLong(1));
                    if (part != null) {
                        reader.accept(part, row);
                    }
                }, centerId);
    }

    private static LocalTime time(Time time) {
        return time == null ? null : time.toLocalTime();
    }

    @FunctionalInterface
    private interface RowReader {
        void accept(Parts part, ResultSet row) throws SQLException;
    }
}

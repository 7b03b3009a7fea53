package com.carerounds.roster;

import com.carerounds.team.SkillSet;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitPlanWriter;
import com.carerounds.visit.VisitRepository;
import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Published revisions of a roster: publishing freezes where each visit stands (what the doctors see
 * until the next publication) and stores the difference against the revision before, per team.
 */
@Component
public class RosterRevisions {

    private final JdbcTemplate jdbc;
    private final VisitRepository visits;
    private final VisitPlanWriter writer;

    public RosterRevisions(JdbcTemplate jdbc, VisitRepository visits, VisitPlanWriter writer) {
        this.jdbc = jdbc;
        this.visits = visits;
        this.writer = writer;
    }

    public enum ChangeKind { ADDED, CANCELLED, MOVED }

    /** A visit's team, date and start; null where it had or has none. */
    public record Place(Long teamId, LocalDate date, LocalTime start) {
    }

    /** {@code crossCover}: why the visit's new place is with another team than the elder's contracted one; null if not. */
    public record Change(Long visitId, Long elderId, ChangeKind kind, Place before, Place after, CrossCover crossCover) {
    }

    /** What changed for one team: each visit added to it, taken from it, or moved within or to or from it. */
    public record TeamChanges(Long teamId, List<Change> added, List<Change> cancelled, List<Change> moved) {
    }

    public record Publication(Long rosterId, int revision, RosterStatus rosterStatus, Instant publishedAt,
                              List<TeamChanges> teams) {
    }

    /** Where each visit stands in the revision, by visit id. */
    public Map<Long, RosterPlanMapper.PublishedPlace> places(Long rosterId, int revision) {
        Map<Long, RosterPlanMapper.PublishedPlace> places = new HashMap<>();
        jdbc.query("select p.visit_id, p.team_id, p.visit_date, p.planned_start, p.route_position from published_visit p "
                        + "join roster_revision r on r.id = p.revision_id where r.roster_id = ? and r.number = ?",
                row -> {
                    places.put(row.getLong(1), new RosterPlanMapper.PublishedPlace(row.getLong(2),
                            row.getDate(3).toLocalDate(), row.getTime(4).toLocalTime(), row.getInt(5)));
                }, rosterId, revision);
        return places;
    }

    /**
     * A re-plan starts from the published revision: each visit back where the doctors have it, those
     * it did not have unassigned. A draft worked on before is replaced, so what happened since it was
     * made (outcomes, days gone by) is where it was published, not where that draft put it.
     */
    public void startFromPublished(Roster roster) {
        Map<Long, RosterPlanMapper.PublishedPlace> places = places(roster.getId(), roster.getPublishedRevision());
        List<Visit> changed = new ArrayList<>();
        for (Visit visit : visits.findByRosterId(roster.getId())) {
            RosterPlanMapper.PublishedPlace place = places.get(visit.getId());
            if (place == null) {
                if (visit.isAssigned()) {
                    visit.unassign(null);
                    changed.add(visit);
                }
            } else if (!place.isWhere(visit)) {
                visit.plan(place.teamId(), place.date(), place.start(), place.position());
                changed.add(visit);
            }
        }
        writer.write(changed);
    }

    /**
     * Freezes the visits' places as the roster's next revision and stores what changed against the last,
     * with why each visit added or moved to another team than the contracted one is there.
     */
    public Publication publish(Roster roster, List<Visit> planned, Instant at, Map<Long, CrossCover> crossCovers) {
        int number = roster.isPublished() ? roster.getPublishedRevision() + 1 : 1;
        Map<Long, RosterPlanMapper.PublishedPlace> before = roster.isPublished()
                ? places(roster.getId(), roster.getPublishedRevision()) : Map.of();
        jdbc.update("insert into roster_revision (roster_id, number, published_at) values (?, ?, ?)",
                roster.getId(), number, Timestamp.from(at));
        Long revisionId = jdbc.queryForObject("select id from roster_revision where roster_id = ? and number = ?",
                Long.class, roster.getId(), number);
        List<Visit> assigned = planned.stream().filter(Visit::isAssigned).toList();
        jdbc.batchUpdate("insert into published_visit (revision_id, visit_id, team_id, visit_date, planned_start, "
                        + "route_position) values (?, ?, ?, ?, ?, ?)", assigned, 1000, (statement, visit) -> {
                    statement.setLong(1, revisionId);
                    statement.setLong(2, visit.getId());
                    statement.setLong(3, visit.getTeamId());
                    statement.setDate(4, Date.valueOf(visit.getVisitDate()));
                    statement.setTime(5, Time.valueOf(visit.getPlannedStart()));
                    statement.setInt(6, visit.getRoutePosition());
                });
        List<Change> changes = difference(before, planned, crossCovers);
        jdbc.batchUpdate("insert into revision_change (revision_id, visit_id, elder_id, kind, old_team_id, old_date, "
                        + "old_start, new_team_id, new_date, new_start, contracted_team_id, cross_cover_reason, "
                        + "cross_cover_missing_skills) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", changes, 1000,
                (statement, change) -> {
                    statement.setLong(1, revisionId);
                    statement.setLong(2, change.visitId());
                    statement.setLong(3, change.elderId());
                    statement.setString(4, change.kind().name());
                    setPlace(statement, 5, change.before());
                    setPlace(statement, 8, change.after());
                    CrossCover crossCover = change.crossCover();
                    statement.setObject(11, crossCover == null ? null : crossCover.contractedTeamId(), Types.BIGINT);
                    statement.setString(12, crossCover == null ? null : crossCover.reason().name());
                    statement.setString(13, crossCover == null ? null : new SkillSet(crossCover.missingSkills()).format());
                });
        return new Publication(roster.getId(), number, RosterStatus.PUBLISHED, at, byTeam(changes));
    }

    /** One revision of the list: when it was published and how many visits it added, cancelled and moved. */
    public record RevisionSummary(int revision, Instant publishedAt, int added, int cancelled, int moved) {
    }

    /** The roster's published revisions, the latest first. */
    public List<RevisionSummary> list(Long rosterId) {
        return jdbc.query("select r.number, r.published_at, "
                        + "count(case when c.kind = 'ADDED' then 1 end), count(case when c.kind = 'CANCELLED' then 1 end), "
                        + "count(case when c.kind = 'MOVED' then 1 end) from roster_revision r "
                        + "left join revision_change c on c.revision_id = r.id where r.roster_id = ? "
                        + "group by r.number, r.published_at order by r.number desc",
                (row, i) -> new RevisionSummary(row.getInt(1), row.getTimestamp(2).toInstant(), row.getInt(3),
                        row.getInt(4), row.getInt(5)), rosterId);
    }

    /** A published revision with what it changed; empty if the roster has no such revision. */
    public Optional<Publication> publication(Long rosterId, int number) {
        List<Instant> at = jdbc.queryForList("select published_at from roster_revision where roster_id = ? and number = ?",
                Timestamp.class, rosterId, number).stream().map(Timestamp::toInstant).toList();
        if (at.isEmpty()) {
            return Optional.empty();
        }
        List<Change> changes = jdbc.query("select c.visit_id, c.elder_id, c.kind, c.old_team_id, c.old_date, c.old_start, "
                        + "c.new_team_id, c.new_date, c.new_start, c.contracted_team_id, c.cross_cover_reason, "
                        + "c.cross_cover_missing_skills from revision_change c join roster_revision r "
                        + "on r.id = c.revision_id where r.roster_id = ? and r.number = ?",
                (row, i) -> new Change(row.getLong(1), row.getLong(2), ChangeKind.valueOf(row.getString(3)),
                        place(row.getObject(4, Long.class), row.getDate(5), row.getTime(6)),
                        place(row.getObject(7, Long.class), row.getDate(8), row.getTime(9)),
                        row.getString(11) == null ? null : new CrossCover(row.getObject(10, Long.class),
                                ContractedTeamReason.valueOf(row.getString(11)), SkillSet.parse(row.getString(12)).skills())),
                rosterId, number);
        RosterStatus status = RosterStatus.valueOf(jdbc.queryForObject("select status from roster where id = ?",
                String.class, rosterId));
        return Optional.of(new Publication(rosterId, number, status, at.get(0), byTeam(changes)));
    }

    /** What publishing the roster's plan as it stands would change for each team: a draft's proposal. */
    public List<TeamChanges> pending(Roster roster, List<Visit> planned, Map<Long, CrossCover> crossCovers) {
        Map<Long, RosterPlanMapper.PublishedPlace> before = roster.isPublished()
                ? places(roster.getId(), roster.getPublishedRevision()) : Map.of();
        return byTeam(difference(before, planned, crossCovers));
    }

    /** Added, cancelled and moved visits between the revision before and the plan being published. */
    static List<Change> difference(Map<Long, RosterPlanMapper.PublishedPlace> before, List<Visit> planned,
                                   Map<Long, CrossCover> crossCovers) {
        List<Change> changes = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (Visit visit : planned) {
            seen.add(visit.getId());
            RosterPlanMapper.PublishedPlace old = before.get(visit.getId());
            Place now = visit.isAssigned() ? new Place(visit.getTeamId(), visit.getVisitDate(), visit.getPlannedStart()) : null;
            Place was = old == null ? null : new Place(old.teamId(), old.date(), old.start());
            CrossCover crossCover = now == null ? null : crossCovers.get(visit.getId());
            if (was == null && now != null) {
                changes.add(new Change(visit.getId(), visit.getElderId(), ChangeKind.ADDED, null, now, crossCover));
            } else if (was != null && now == null) {
                changes.add(new Change(visit.getId(), visit.getElderId(), ChangeKind.CANCELLED, was, null, null));
            } else if (was != null && !was.equals(now)) {
                changes.add(new Change(visit.getId(), visit.getElderId(), ChangeKind.MOVED, was, now, crossCover));
            }
        }
        changes.sort(Comparator.comparing((Change c) -> (c.after() != null ? c.after() : c.before()).date())
                .thenComparing(Change::visitId));
        return changes;
    }

    /** Each change under every team it concerns: a move between teams is news for both. */
    private static List<TeamChanges> byTeam(List<Change> changes) {
        Map<Long, List<List<Change>>> byTeam = new TreeMap<>();
        for (Change change : changes) {
            Set<Long> teams = new LinkedHashSet<>();
            if (change.before() != null) {
                teams.add(change.before().teamId());
            }
            if (change.after() != null) {
                teams.add(change.after().teamId());
            }
            for (Long team : teams) {
                List<List<Change>> lists = byTeam.computeIfAbsent(team,
                        t -> List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                lists.get(change.kind().ordinal()).add(change);
            }
        }
        List<TeamChanges> teams = new ArrayList<>();
        byTeam.forEach((team, lists) -> teams.add(new TeamChanges(team, lists.get(0), lists.get(1), lists.get(2))));
        return teams;
    }

    private static void setPlace(java.sql.PreparedStatement statement, int index, Place place) throws java.sql.SQLException {
        statement.setObject(index, place == null ? null : place.teamId(), Types.BIGINT);
        statement.setDate(index + 1, place == null ? null : Date.valueOf(place.date()));
        statement.setTime(index + 2, place == null ? null : Time.valueOf(place.start()));
    }

    private static Place place(Long teamId, Date date, Time start) {
        return teamId == null ? null : new Place(teamId, date.toLocalDate(), start.toLocalTime());
    }
}

package com.carerounds.capacity;

import com.carerounds.audit.AuditedFields;
import com.carerounds.kernel.InvalidFieldException;
import com.carerounds.kernel.Versions;
import com.carerounds.team.Capacity;
import com.carerounds.team.Leave;
import com.carerounds.team.Team;
import com.carerounds.team.TeamAdministration;
import com.carerounds.team.TeamAudit;
import com.carerounds.team.TeamBody;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Changes a team's capacity or leave and tells which planned visits it pushes out of their day. */
@Service
public class CapacityService {

    private final TeamAdministration teamAdministration;
    private final PlanImpact impact;
    private final WhatIf whatIf;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public CapacityService(TeamAdministration teamAdministration, PlanImpact impact, WhatIf whatIf,
                           TransactionTemplate transaction, Clock clock) {
        this.teamAdministration = teamAdministration;
        this.impact = impact;
        this.whatIf = whatIf;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The days a change concerns: from its first date on, to its last (null: open-ended). */
    private record Span(LocalDate from, LocalDate to) {
    }

    @Transactional
    public CapacityImpact change(Long teamId, CapacityChange change) {
        return made(teamId, change).impact();
    }

    /** A change made, and the days it concerns. */
    private record Made(CapacityImpact impact, Long centerId, Span span) {
    }

    private Made made(Long teamId, CapacityChange change) {
        Team team = teamAdministration.find(teamId);
        Versions.require("team", teamId, team.getVersion(), change.version());
        boolean capacityGiven = change.maxVisitMinutes() != null || change.maxVisits() != null;
        if (capacityGiven && (change.maxVisitMinutes() == null || change.maxVisits() == null)) {
            throw new InvalidFieldException(change.maxVisits() == null ? "maxVisits" : "maxVisitMinutes",
                    "give maxVisitMinutes and maxVisits together");
        }
        if (!capacityGiven && change.leave() == null) {
            throw new InvalidFieldException("maxVisitMinutes", "give a capacity (maxVisitMinutes and maxVisits), "
                    + "a leave period, or both");
        }
        if (!capacityGiven && (change.from() != null || change.to() != null)) {
            throw new InvalidFieldException("from", "from and to are the dates of a capacity; a leave period has its own");
        }
        if ((change.from() == null) != (change.to() == null)) {
            throw new IllegalArgumentException("give both from and to for a period, or neither for a permanent change");
        }
        AuditedFields before = TeamAudit.of(team);
        Span span = null;
        if (capacityGiven) {
            span = changeCapacity(team, change);
        }
        if (change.leave() != null) {
            Span leave = addLeave(team, change.leave());
            span = span == null ? leave : new Span(earlier(span.from(), leave.from()),
                    span.to() == null ? null : later(span.to(), leave.to()));
        }
        Team saved = teamAdministration.saved(team, before);
        return new Made(new CapacityImpact(teamId, saved.getVersion(), change.maxVisitMinutes(), change.maxVisits(),
                change.from(), change.to(), change.leave(), impact.noLongerFit(saved, span.from(), span.to()), List.of()),
                saved.getCenterId(), span);
    }

    private Span changeCapacity(Team team, CapacityChange change) {
        Capacity capacity = new Capacity(change.maxVisitMinutes(), change.maxVisits());
        LocalDate from = change.from() != null ? change.from() : LocalDate.now(clock);
        LocalDate to = change.to();
        if (to != null) {
            if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
                throw new IllegalArgumentException("to must be on or after from, and at most a year later");
            }
            from.datesUntil(to.plusDays(1)).forEach(date -> team.overrideCapacity(date, capacity));
        } else {
            team.changeCapacity(capacity);
        }
        return new Span(from, to);
    }

    /** The leave's period, ending on or after its start and overlapping none the team has. */
    private static Span addLeave(Team team, TeamBody.LeavePeriod period) {
        if (period.endDate().isBefore(period.startDate())) {
            throw new InvalidFieldException("leave.endDate", "must be on or after startDate");
        }
        Leave leave = new Leave(period.startDate(), period.endDate(), period.reason());
        team.getLeave().stream().filter(leave::overlaps).findFirst().ifPresent(other -> {
            throw new InvalidFieldException("leave", "overlaps the team's leave from " + other.startDate() + " to "
                    + other.endDate() + ": join them into one period");
        });
        team.addLeave(leave);
        return new Span(leave.startDate(), leave.endDate());
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * The planned visits that would no longer fit if the team's record (leave, working days, capacity) were
     * saved so, and each planned roster from today on as it is and after a quick re-plan with the record.
     */
    public record TeamChangeImpact(Long teamId, List<CapacityImpact.Displaced> noLongerFit,
                                   List<CapacityImpact.Coverage> coverage) {
    }

    /**
     * What saving the team's record would push out, without keeping it: saved through the same update as
     * {@code PUT /api/teams/{id}}, checked from today on, the plans a re-plan would start from taken, then
     * rolled back; the quick re-plans run outside the transaction, as for {@link #preview}.
     */
    public TeamChangeImpact previewTeam(Long teamId, TeamBody body) {
        record Tried(List<CapacityImpact.Displaced> noLongerFit, List<WhatIf.Trial> trials) {
        }
        Tried tried = transaction.execute(status -> {
            status.setRollbackOnly();
            teamAdministration.update(teamId, body);
            Team team = teamAdministration.find(teamId);
            LocalDate today = LocalDate.now(clock);
            return new Tried(impact.noLongerFit(team, today, null), whatIf.prepare(team.getCenterId(), today, null));
        });
        return new TeamChangeImpact(teamId, tried.noLongerFit(), whatIf.replan(tried.trials()));
    }

    /**
     * What {@link #change} would answer, without keeping it, and what it does to each planned roster it
     * concerns: the same change is made and checked (and its rosters marked), the plans a re-plan would
     * start from are taken, and all is rolled back, so the preview can never disagree with the saved
     * change; the quick re-plans then run on those plans outside the transaction.
     */
    public CapacityImpact preview(Long teamId, CapacityChange change) {
        record Tried(CapacityImpact impact, List<WhatIf.Trial> trials) {
        }
        Tried tried = transaction.execute(status -> {
            status.setRollbackOnly();
            Made made = made(teamId, change);
            return new Tried(made.impact(), whatIf.prepare(made.centerId(), made.span().from(), made.span().to()));
        });
        return tried.impact().withCoverage(whatIf.replan(tried.trials()));
    }
}

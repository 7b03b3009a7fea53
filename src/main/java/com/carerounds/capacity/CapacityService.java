package com.carerounds.capacity;

import com.carerounds.audit.AuditedFields;
import com.carerounds.kernel.Versions;
import com.carerounds.team.Capacity;
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
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** Changes a team's capacity and tells which planned visits it pushes out of their day. */
@Service
public class CapacityService {

    private final TeamAdministration teamAdministration;
    private final PlanImpact impact;
    private final Clock clock;

    public CapacityService(TeamAdministration teamAdministration, PlanImpact impact, Clock clock) {
        this.teamAdministration = teamAdministration;
        this.impact = impact;
        this.clock = clock;
    }

    @Transactional
    public CapacityImpact change(Long teamId, CapacityChange change) {
        Team team = teamAdministration.find(teamId);
        Versions.require("team", teamId, team.getVersion(), change.version());
        if ((change.from() == null) != (change.to() == null)) {
            throw new IllegalArgumentException("give both from and to for a period, or neither for a permanent change");
        }
        AuditedFields before = TeamAudit.of(team);
        Capacity capacity = new Capacity(change.maxVisitMinutes(), change.maxVisits());
        LocalDate from = change.from() != null ? change.from() : LocalDate.now(clock);
        LocalDate to = change.to() != null ? change.to() : null;
        if (to != null) {
            if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 366) {
                throw new IllegalArgumentException("to must be on or after from, and at most a year later");
            }
            from.datesUntil(to.plusDays(1)).forEach(date -> team.overrideCapacity(date, capacity));
        } else {
            team.changeCapacity(capacity);
        }
        Team saved = teamAdministration.saved(team, before);
        return new CapacityImpact(teamId, saved.getVersion(), capacity.maxVisitMinutes(), capacity.maxVisits(),
                change.from(), change.to(), impact.noLongerFit(saved, from, to));
    }

    /** The planned visits that would no longer fit if the team's record (leave, working days, capacity) were saved so. */
    public record TeamChangeImpact(Long teamId, List<CapacityImpact.Displaced> noLongerFit) {
    }

    /**
     * What saving the team's record would push out, without keeping it: saved through the same update as
     * {@code PUT /api/teams/{id}}, checked from today on, then rolled back.
     */
    @Transactional
    public TeamChangeImpact previewTeam(Long teamId, TeamBody body) {
        teamAdministration.update(teamId, body);
        List<CapacityImpact.Displaced> displaced = impact.noLongerFit(teamAdministration.find(teamId),
                LocalDate.now(clock), null);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return new TeamChangeImpact(teamId, displaced);
    }

    /**
     * What {@link #change} would answer, without keeping it: the same change is made and checked (and
     * its rosters marked), then rolled back, so the preview can never disagree with the saved change.
     */
    @Transactional
    public CapacityImpact preview(Long teamId, CapacityChange change) {
        CapacityImpact impact = change(teamId, change);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return impact;
    }
}

package com.carerounds.capacity;

import com.carerounds.kernel.Versions;
import com.carerounds.team.Capacity;
import com.carerounds.team.Team;
import com.carerounds.team.TeamAdministration;
import com.carerounds.team.TeamRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes a team's capacity and tells which planned visits it pushes out of their day; their rosters
 * then need a re-plan ({@link PlanImpact}).
 */
@Service
public class CapacityService {

    private final TeamAdministration teamAdministration;
    private final TeamRepository teams;
    private final PlanImpact impact;
    private final Clock clock;

    public CapacityService(TeamAdministration teamAdministration, TeamRepository teams, PlanImpact impact, Clock clock) {
        this.teamAdministration = teamAdministration;
        this.teams = teams;
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
        Team saved = teams.save(team);
        return new CapacityImpact(teamId, saved.getVersion(), capacity.maxVisitMinutes(), capacity.maxVisits(),
                change.from(), change.to(), impact.noLongerFit(saved, from, to));
    }
}

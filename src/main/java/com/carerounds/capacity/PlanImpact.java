package com.carerounds.capacity;

import com.carerounds.roster.Roster;
import com.carerounds.roster.RosterChecker;
import com.carerounds.roster.RosterInputsLoader;
import com.carerounds.roster.RosterPlanMapper;
import com.carerounds.roster.RosterRepository;
import com.carerounds.roster.RosterStatus;
import com.carerounds.team.Team;
import com.carerounds.team.TeamAvailabilityChanged;
import com.carerounds.team.TeamRepository;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a change of a team's capacity, leave or working days does to the plans of its rosters: the
 * planned visits that no longer fit, and each roster holding some is marked as needing a re-plan, so
 * a published roster never stays published while its plan no longer holds.
 */
@Service
public class PlanImpact {

    /** A plan in these states is kept as it is; one being solved gets the change with its next solve. */
    private static final Set<RosterStatus> PLANNED = Set.of(RosterStatus.SOLVED, RosterStatus.PUBLISHED,
            RosterStatus.INTERRUPTED, RosterStatus.NEEDS_REPLAN);

    private final RosterRepository rosters;
    private final RosterInputsLoader loader;
    private final RosterChecker checker;
    private final TeamRepository teams;
    private final Clock clock;

    public PlanImpact(RosterRepository rosters, RosterInputsLoader loader, RosterChecker checker, TeamRepository teams,
                      Clock clock) {
        this.rosters = rosters;
        this.loader = loader;
        this.checker = checker;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * The team's planned visits from {@code from} to {@code to} (null: from then on) that no longer fit
     * its days, from today on (what happened stays where it was); rosters holding some need a re-plan.
     */
    @Transactional
    public List<CapacityImpact.Displaced> noLongerFit(Team team, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from.isBefore(today) ? today : from;
        List<CapacityImpact.Displaced> displaced = new ArrayList<>();
        for (Roster roster : rosters.findByCenterIdOrderByMonthStartDesc(team.getCenterId())) {
            YearMonth month = roster.month();
            boolean covers = !month.atEndOfMonth().isBefore(start) && (to == null || !month.atDay(1).isAfter(to));
            if (!covers || !PLANNED.contains(roster.getStatus())) {
                continue;
            }
            RosterPlanMapper.Inputs in = loader.load(roster.getId());
            Set<Long> overflowing = Set.copyOf(checker.check(in, in.visits()).overflowing());
            List<Visit> ofRoster = in.visits().stream()
                    .filter(v -> overflowing.contains(v.getId()) && v.getStatus() == VisitStatus.PLANNED
                            && v.getTeamId().equals(team.getId()) && !v.getVisitDate().isBefore(start)
                            && (to == null || !v.getVisitDate().isAfter(to)))
                    .sorted(Comparator.comparing(Visit::getVisitDate).thenComparing(Visit::getRoutePosition))
                    .toList();
            ofRoster.forEach(v -> displaced.add(new CapacityImpact.Displaced(roster.getId(), v.getId(), v.getVisitDate(),
                    v.getElderId(), in.elders().get(v.getElderId()).getPerson().name())));
            if (!ofRoster.isEmpty() && roster.getStatus() != RosterStatus.NEEDS_REPLAN) {
                roster.changeStatus(RosterStatus.NEEDS_REPLAN);
                rosters.save(roster);
            }
        }
        return displaced;
    }

    /** A change of leave or working days through the team's record. */
    @EventListener
    public void on(TeamAvailabilityChanged changed) {
        teams.findById(changed.teamId()).ifPresent(team -> noLongerFit(team, LocalDate.now(clock), null));
    }
}

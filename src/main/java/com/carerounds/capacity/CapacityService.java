package com.carerounds.capacity;

import com.carerounds.audit.AuditedFields;
import com.carerounds.kernel.Versions;
import com.carerounds.roster.Roster;
import com.carerounds.roster.RosterChecker;
import com.carerounds.roster.RosterInputsLoader;
import com.carerounds.roster.RosterPlanMapper;
import com.carerounds.roster.RosterRepository;
import com.carerounds.roster.RosterStatus;
import com.carerounds.team.Capacity;
import com.carerounds.team.Team;
import com.carerounds.team.TeamAdministration;
import com.carerounds.team.TeamAudit;
import com.carerounds.visit.Visit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/** Changes a team's capacity and tells which planned visits it pushes out of their day. */
@Service
public class CapacityService {

    private final TeamAdministration teamAdministration;
    private final RosterRepository rosters;
    private final RosterInputsLoader loader;
    private final RosterChecker checker;
    private final Clock clock;

    public CapacityService(TeamAdministration teamAdministration, RosterRepository rosters,
                           RosterInputsLoader loader, Clock clock, RosterChecker checker) {
        this.teamAdministration = teamAdministration;
        this.rosters = rosters;
        this.loader = loader;
        this.clock = clock;
        this.checker = checker;
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
                change.from(), change.to(), displaced(saved, from, to));
    }

    /**
     * What {@link #change} would answer, without keeping it: the same change is made and checked, then
     * rolled back, so the preview can never disagree with the saved change.
     */
    @Transactional
    public CapacityImpact preview(Long teamId, CapacityChange change) {
        CapacityImpact impact = change(teamId, change);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return impact;
    }

    /** Visits of this team, on the changed dates of planned or published rosters, that no longer fit. */
    private List<CapacityImpact.Displaced> displaced(Team team, LocalDate from, LocalDate to) {
        List<CapacityImpact.Displaced> displaced = new ArrayList<>();
        for (Roster roster : rosters.findByCenterIdOrderByMonthStartDesc(team.getCenterId())) {
            YearMonth month = roster.month();
            boolean covers = !month.atEndOfMonth().isBefore(from) && (to == null || !month.atDay(1).isAfter(to));
            if (!covers || roster.getStatus() == RosterStatus.DRAFT) {
                continue;
            }
            RosterPlanMapper.Inputs in = loader.load(roster.getId());
            Set<Long> overflowing = new HashSet<>(checker.check(in, in.visits()).overflowing());
            Map<Long, Visit> visits = in.visits().stream().collect(Collectors.toMap(Visit::getId, Function.identity()));
            overflowing.stream().map(visits::get)
                    .filter(v -> v.getTeamId().equals(team.getId()) && !v.getVisitDate().isBefore(from)
                            && (to == null || !v.getVisitDate().isAfter(to)))
                    .sorted(java.util.Comparator.comparing(Visit::getVisitDate).thenComparing(Visit::getRoutePosition))
                    .forEach(v -> displaced.add(new CapacityImpact.Displaced(roster.getId(), v.getId(), v.getVisitDate(),
                            v.getElderId(), in.elders().get(v.getElderId()).getPerson().name())));
        }
        return displaced;
    }
}

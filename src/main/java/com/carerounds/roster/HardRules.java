package com.carerounds.roster;

import com.carerounds.kernel.BrokenRulesException;
import com.carerounds.policy.PolicyAdministration;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.stereotype.Component;

/**
 * The rule every publication keeps, whatever made the plan (a solve, an event's proposal, a placed
 * recommendation, a hand edit): no plan that breaks a hard rule reaches the teams. Broken is what the
 * checker finds, and any other hard part of the plan's score. What has happened (an outcome recorded, a
 * day gone by) is a fact no plan can change, so a rule broken by such visits alone does not stop one.
 */
@Component
public class HardRules {

    private final RosterChecker checker;
    private final RosterSolvingService solving;
    private final PolicyAdministration policies;
    private final Clock clock;

    public HardRules(RosterChecker checker, RosterSolvingService solving, PolicyAdministration policies, Clock clock) {
        this.checker = checker;
        this.solving = solving;
        this.policies = policies;
        this.clock = clock;
    }

    /** Every hard rule the roster's plan breaks among visits still to come. */
    public List<RosterChecker.Violation> breaks(Roster roster, RosterPlanMapper.Inputs in, List<Visit> visits) {
        LocalDate today = LocalDate.now(clock);
        Set<Long> toCome = visits.stream().filter(v -> v.getStatus() == VisitStatus.PLANNED && v.isAssigned()
                && !v.getVisitDate().isBefore(today)).map(Visit::getId).collect(Collectors.toSet());
        List<RosterChecker.Violation> breaks = new ArrayList<>(checker.check(in, visits).breaks().stream()
                .filter(violation -> violation.visitIds().stream().anyMatch(toCome::contains)).toList());
        Set<String> found = breaks.stream().map(RosterChecker.Violation::rule).collect(Collectors.toSet());
        for (ConstraintScore part : solving.explain(roster.getId(), in, policies.weightsOf(roster.getCenterId()))) {
            List<Long> concerned = part.visitIds().stream().filter(toCome::contains).toList();
            if (HardMediumSoftLongScore.parseScore(part.score()).hardScore() < 0 && !found.contains(part.constraintId())
                    && !concerned.isEmpty()) {
                breaks.add(new RosterChecker.Violation(part.constraintId(), part.constraint() + ": " + part.matches()
                        + " time(s), " + part.score(), concerned, null, null));
            }
        }
        return breaks;
    }

    /** Refuses (409, with each rule broken) a plan that breaks a hard rule; nothing is changed. */
    public void require(Roster roster, RosterPlanMapper.Inputs in, List<Visit> visits) {
        List<RosterChecker.Violation> breaks = breaks(roster, in, visits);
        if (!breaks.isEmpty()) {
            throw new BrokenRulesException("roster " + roster.getId() + "'s plan breaks " + breaks.size()
                    + " hard rule(s) and is not published: re-plan it, or move or unassign the visits named (first: "
                    + breaks.get(0).message() + ")", breaks);
        }
    }
}

package com.carerounds.solver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a visit is not with the elder's contracted team, from the plan's facts: the team lacks a skill
 * the visit needs, works on none of the days the visit may be on, is full on every one of them, or
 * had room and the visit went elsewhere all the same (spacing, travel, the published plan weighed
 * more). Leave is the caller's to tell: here a day off is a day the team has no route.
 */
public final class ContractedTeamCheck {

    public enum Reason { LACKS_SKILL, NO_ALLOWED_DAY, FULL, HAD_ROOM }

    /** {@code missingSkills}: the skills (bit mask) the visit needs and the contracted team lacks; 0 otherwise. */
    public record Verdict(Reason reason, int missingSkills) {
    }

    private final RosterPlan plan;
    private final Feasibility feasibility;

    public ContractedTeamCheck(RosterPlan plan) {
        this.plan = plan;
        this.feasibility = new Feasibility(plan);
    }

    /** Every planned visit made by another team than the contracted one, with why, by visit id. */
    public static Map<Long, Verdict> crossCovers(RosterPlan plan) {
        ContractedTeamCheck check = new ContractedTeamCheck(plan);
        Map<Long, Verdict> verdicts = new HashMap<>();
        for (PlanningVisit visit : plan.getVisits()) {
            if (visit.isAssigned() && visit.getTeamDay().getTeam().id() != visit.getContractedTeamId()) {
                verdicts.put(visit.getId(), check.verdict(visit));
            }
        }
        return verdicts;
    }

    /** Whether the contracted team could take the visit (not counting where it is now), and if not why. */
    public Verdict verdict(PlanningVisit visit) {
        PlanningTeam contracted = plan.getTeams().stream().filter(team -> team.id() == visit.getContractedTeamId())
                .findFirst().orElse(null);
        if (contracted != null && !contracted.hasSkills(visit.getRequiredSkills())) {
            return new Verdict(Reason.LACKS_SKILL, visit.getRequiredSkills() & ~contracted.skills());
        }
        List<TeamDay> days = plan.getTeamDays().stream()
                .filter(day -> day.getTeam().equals(contracted) && feasibility.allowedOn(visit, day)).toList();
        if (days.isEmpty()) {
            return new Verdict(Reason.NO_ALLOWED_DAY, 0);
        }
        boolean room = days.stream().anyMatch(day -> !feasibility.positions(visit, day).isEmpty());
        return new Verdict(room ? Reason.HAD_ROOM : Reason.FULL, 0);
    }
}

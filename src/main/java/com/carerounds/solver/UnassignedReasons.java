package com.carerounds.solver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Finds the root cause for each visit a solved plan left unassigned, from the plan's facts alone. */
public final class UnassignedReasons {

    private UnassignedReasons() {
    }

    public static Map<Long, UnassignedReason> of(RosterPlan plan) {
        // The elder's visits a solve may still place, and the days of those it may not (fixed), which they
        // must keep the gap to: late in a re-plan, the month's visits made are no longer to be spaced anew.
        Map<Long, Long> toPlace = plan.getVisits().stream().filter(v -> v.isUnassigned() || !v.getTeamDay().isPinned())
                .collect(Collectors.groupingBy(PlanningVisit::getElderId, Collectors.counting()));
        Map<Long, List<Integer>> fixedDays = plan.getVisits().stream().filter(v -> v.isAssigned() && v.getTeamDay().isPinned())
                .collect(Collectors.groupingBy(PlanningVisit::getElderId,
                        Collectors.mapping(PlanningVisit::dayIndex, Collectors.toList())));
        Map<Long, UnassignedReason> reasons = new HashMap<>();
        for (PlanningVisit visit : plan.getVisits()) {
            if (visit.isUnassigned()) {
                reasons.put(visit.getId(), reason(plan, visit, toPlace.get(visit.getElderId()),
                        fixedDays.getOrDefault(visit.getElderId(), List.of())));
            }
        }
        return reasons;
    }

    static UnassignedReason reason(RosterPlan plan, PlanningVisit visit, long elderVisits, List<Integer> fixedDays) {
        List<PlanningTeam> skilled = plan.getTeams().stream().filter(t -> t.hasSkills(visit.getRequiredSkills())).toList();
        if (skilled.isEmpty()) {
            return UnassignedReason.NO_TEAM_WITH_SKILL;
        }
        long allowedDays = 0;
        long reachableDays = 0;
        for (TeamDay day : plan.getTeamDays()) {
            if (!day.isHolding() && !day.isPinned() && skilled.contains(day.getTeam()) && visit.allowedOn(day.getDayIndex())) {
                allowedDays |= 1L << day.getDayIndex();
                // The rest of a day after its fixed visits that cannot take it is full, not out of reach.
                if (day.canReach(visit) || day.getPositionOffset() > 0) {
                    reachableDays |= 1L << day.getDayIndex();
                }
            }
        }
        if (allowedDays == 0) {
            return UnassignedReason.NO_ALLOWED_DAY;
        }
        if (reachableDays == 0) {
            return UnassignedReason.OUT_OF_REACH;
        }
        for (int fixed : fixedDays) {
            for (int day = fixed - visit.getMinGapDays() + 1; day < fixed + visit.getMinGapDays(); day++) {
                if (day >= 0 && day < Long.SIZE) {
                    reachableDays &= ~(1L << day);
                }
            }
        }
        if (spacedDays(reachableDays, visit.getMinGapDays()) < elderVisits) {
            return UnassignedReason.GAP_UNSATISFIABLE;
        }
        boolean onlyContracted = skilled.size() == 1 && skilled.get(0).id() == visit.getContractedTeamId();
        return onlyContracted ? UnassignedReason.CONTRACTED_TEAM_FULL : UnassignedReason.CAPACITY_EXHAUSTED;
    }

    /** How many of the given days can be chosen at least {@code gap} apart (earliest-first is optimal). */
    static int spacedDays(long days, int gap) {
        int count = 0;
        int last = Integer.MIN_VALUE / 2;
        for (int day = 0; day < Long.SIZE; day++) {
            if ((days & (1L << day)) != 0 && day - last >= gap) {
                count++;
                last = day;
            }
        }
        return count;
    }
}

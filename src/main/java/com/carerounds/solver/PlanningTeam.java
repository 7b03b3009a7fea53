package com.carerounds.solver;

/**
 * A team as the solver sees it. Skills are a bit mask (bit i = the i-th skill of the caller's skill
 * enum), so "has every required skill" is one AND on the hot path.
 */
public record PlanningTeam(long id, String name, int skills, double speedKmh) {

    public boolean hasSkills(int required) {
        return (skills & required) == required;
    }
}

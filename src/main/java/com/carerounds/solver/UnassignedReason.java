package com.carerounds.solver;

/** Why a visit could not be placed, in terms a dispatcher can act on. */
public enum UnassignedReason {
    /** No team has every skill the visit needs (e.g. no nurse for a home hospital bed): add the skill to a team. */
    NO_TEAM_WITH_SKILL,
    /** On every day a team with the skill works, the elder is unavailable or outside the contract. */
    NO_ALLOWED_DAY,
    /** The elder's available days cannot hold all their visits the minimum gap apart. */
    GAP_UNSATISFIABLE,
    /**
     * No team with the skill can get to the elder, make the visit and be back within the home-visit
     * hours, even with nothing else to do: the center's or the elder's location is probably wrong.
     */
    OUT_OF_REACH,
    /** Only the contracted team has the skill, and it is full on every day the elder can be visited. */
    CONTRACTED_TEAM_FULL,
    /** Every team with the skill is full on the days the elder can be visited: add capacity. */
    CAPACITY_EXHAUSTED
}

package com.carerounds.roster;

import com.carerounds.solver.ContractedTeamCheck;

/** Why the elder's contracted team does not make a visit, in terms a dispatcher can act on. */
public enum ContractedTeamReason {
    /** The team lacks a skill the visit needs (named beside it): add the skill, e.g. a nurse. */
    LACKS_SKILL,
    /** The team is on leave that day (or, for a new visit, on the days it could go). */
    ON_LEAVE,
    /** The team works on none of the days the visit may be on (the elder's days, the minimum gap, the window asked for). */
    NO_ALLOWED_DAY,
    /** The team is full on every day the visit may be on: add capacity. */
    FULL,
    /** The team had room; the visit went elsewhere as the better place (spacing, travel, the published plan). */
    HAD_ROOM;

    /** The solver's verdict, with leave (which only the team's record knows) before the rest. */
    static ContractedTeamReason of(ContractedTeamCheck.Verdict verdict, boolean onLeave) {
        if (verdict.reason() == ContractedTeamCheck.Reason.LACKS_SKILL) {
            return LACKS_SKILL;
        }
        return onLeave ? ON_LEAVE : valueOf(verdict.reason().name());
    }
}

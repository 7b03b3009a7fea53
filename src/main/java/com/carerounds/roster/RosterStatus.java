package com.carerounds.roster;

public enum RosterStatus {
    /** Visit demand generated, not yet planned. */
    DRAFT,
    SOLVING,
    /** Planned; the dispatcher may still change, pin and re-solve it. */
    SOLVED,
    /** Released to the teams. */
    PUBLISHED,
    /** Solving stopped by a failure or a restart; the best plan saved before it is kept. */
    INTERRUPTED
}

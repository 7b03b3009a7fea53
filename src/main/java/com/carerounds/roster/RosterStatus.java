package com.carerounds.roster;

public enum RosterStatus {
    /** Visit demand generated, not yet planned. */
    DRAFT,
    SOLVING,
    /** Planned; the dispatcher may still change, pin and re-solve it. Once published: a draft beside the published revision. */
    SOLVED,
    /** Released to the teams: the plan is the revision its doctors see. */
    PUBLISHED,
    /** Solving stopped by a failure or a restart; the best plan saved before it is kept. */
    INTERRUPTED,
    /**
     * A capacity, leave, visit-times or contract change left planned visits that no longer fit (the roster
     * lists them), or an elder newly under contract without visits: solve it again before publishing; the
     * doctors keep the revision published before.
     */
    NEEDS_REPLAN
}

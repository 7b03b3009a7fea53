package com.carerounds.event;

/** What happened; the reason of each kind is one of its own list ({@link EventReason#kind}). */
public enum EventKind {
    /** A team cannot work on some dates (sickness, training): recorded as the team's leave. */
    TEAM_UNAVAILABLE,
    /** An elder is away or in hospital from a date, until a date or for now: the elder's unavailable dates. */
    ELDER_AWAY,
    /** The elder's contract ended or the elder died: the contract ends, the remaining visits are cancelled. */
    CONTRACT_ENDED,
    /** An urgent or extra visit, to be made within some days. */
    URGENT_VISIT
}

package com.carerounds.event;

/** Why an event happened, each reason of one kind of event. */
public enum EventReason {
    SICKNESS(EventKind.TEAM_UNAVAILABLE),
    TRAINING(EventKind.TEAM_UNAVAILABLE),
    HOSPITAL(EventKind.ELDER_AWAY),
    AWAY(EventKind.ELDER_AWAY),
    CONTRACT_ENDED(EventKind.CONTRACT_ENDED),
    DIED(EventKind.CONTRACT_ENDED),
    DISCHARGE(EventKind.URGENT_VISIT),
    NEW_HOME_HOSPITAL_BED(EventKind.URGENT_VISIT),
    COMPLAINT(EventKind.URGENT_VISIT),
    /** Another reason, which the notes give; for any kind. */
    OTHER(null);

    private final EventKind kind;

    EventReason(EventKind kind) {
        this.kind = kind;
    }

    /** Whether this is a reason for that kind of event. */
    public boolean fits(EventKind of) {
        return kind == null || kind == of;
    }
}

package com.carerounds.roster;

public enum MissedReason {
    ELDER_ABSENT,
    REFUSED,
    HOSPITALISED,
    OTHER
}

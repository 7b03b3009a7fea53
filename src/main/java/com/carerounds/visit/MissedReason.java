package com.carerounds.visit;

public enum MissedReason {
    ELDER_ABSENT,
    REFUSED,
    HOSPITALISED,
    OTHER
}

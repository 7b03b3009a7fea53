package com.carerounds.roster;

public enum VisitStatus {
    PLANNED,
    DONE,
    MISSED
}

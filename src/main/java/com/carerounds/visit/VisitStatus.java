package com.carerounds.visit;

public enum VisitStatus {
    PLANNED,
    DONE,
    MISSED
}

package com.carerounds.visit;

public enum VisitKind {
    ROUTINE,
    /** A visit to an elder with a home hospital bed (家庭病床): longer, with nursing. */
    HOME_HOSPITAL_BED
}

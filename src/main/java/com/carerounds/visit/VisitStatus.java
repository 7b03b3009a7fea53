package com.carerounds.visit;

public enum VisitStatus {
    PLANNED,
    DONE,
    MISSED,
    /**
     * No longer to be made: the elder's contract ended, the elder died or is away, or a missed visit's
     * make-up was carried into next month; the reason is the visit's unassigned reason.
     */
    CANCELLED
}

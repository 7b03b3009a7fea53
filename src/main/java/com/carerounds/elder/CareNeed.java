package com.carerounds.elder;

/** Services an elder needs beyond the routine check-up; each may require a skill and extra time. */
public enum CareNeed {
    REHABILITATION,
    TCM,
    HOSPICE,
    COGNITIVE_SCREENING
}

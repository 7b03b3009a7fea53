package com.carerounds.audit;

/** The records the trail follows. An ADL assessment is a change of its elder (field {@code assessments}). */
public enum AuditedEntity {
    ELDER, CONTRACT, TEAM, VISIT
}

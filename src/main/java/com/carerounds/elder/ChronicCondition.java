package com.carerounds.elder;

public enum ChronicCondition {
    HYPERTENSION,
    DIABETES,
    COPD,
    CORONARY_HEART_DISEASE,
    STROKE_SEQUELAE,
    DEMENTIA,
    CANCER,
    OTHER
}

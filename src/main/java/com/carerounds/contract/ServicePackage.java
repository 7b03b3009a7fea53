package com.carerounds.contract;

public enum ServicePackage {
    BASIC,
    ENHANCED,
    HOME_HOSPITAL_BED
}

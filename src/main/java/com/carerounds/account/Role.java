package com.carerounds.account;

public enum Role {
    ADMIN,
    DISPATCHER,
    DOCTOR
}

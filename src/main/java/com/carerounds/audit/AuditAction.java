package com.carerounds.audit;

public enum AuditAction {
    CREATE, UPDATE, DELETE
}

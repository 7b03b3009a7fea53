package com.carerounds.contract;

import com.carerounds.audit.AuditedFields;

/** A contract's fields for the audit trail. */
public final class ContractAudit {

    private ContractAudit() {
    }

    public static AuditedFields of(Contract contract) {
        return AuditedFields.none()
                .with("elderId", contract.getElderId())
                .with("teamId", contract.getTeamId())
                .with("servicePackage", contract.getServicePackage())
                .with("startDate", contract.getStartDate())
                .with("endDate", contract.getEndDate());
    }
}

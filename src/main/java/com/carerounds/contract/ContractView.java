package com.carerounds.contract;

import java.time.LocalDate;

public record ContractView(Long id, int version, Long elderId, Long teamId, ServicePackage servicePackage,
                           LocalDate startDate, LocalDate endDate) {

    static ContractView of(Contract c) {
        return new ContractView(c.getId(), c.getVersion(), c.getElderId(), c.getTeamId(), c.getServicePackage(),
                c.getStartDate(), c.getEndDate());
    }
}

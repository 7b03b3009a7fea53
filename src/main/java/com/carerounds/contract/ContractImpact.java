package com.carerounds.contract;

import java.time.LocalDate;
import java.util.List;

/**
 * A contract as changed, and the planned visits from today on that the change no longer holds (after the
 * contract's end, or with the team the elder left): their rosters need a re-plan. As a capacity change answers.
 */
public record ContractImpact(Long id, int version, Long elderId, Long teamId, ServicePackage servicePackage,
                             LocalDate startDate, LocalDate endDate, List<Displaced> noLongerFit) {

    public record Displaced(Long rosterId, Long visitId, LocalDate date, Long elderId, String elderName) {
    }

    static ContractImpact of(ContractView contract, List<Displaced> noLongerFit) {
        return new ContractImpact(contract.id(), contract.version(), contract.elderId(), contract.teamId(),
                contract.servicePackage(), contract.startDate(), contract.endDate(), noLongerFit);
    }
}

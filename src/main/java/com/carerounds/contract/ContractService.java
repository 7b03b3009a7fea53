package com.carerounds.contract;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves contracts, keeping to the rule of one contract in force per elder at a time. */
@Service
public class ContractService {

    private final ContractRepository contracts;

    public ContractService(ContractRepository contracts) {
        this.contracts = contracts;
    }

    @Transactional
    public Contract save(Contract contract) {
        contracts.findByElderId(contract.getElderId()).stream()
                .filter(other -> !other.getId().equals(contract.getId()))
                .filter(contract::overlaps)
                .findFirst()
                .ifPresent(other -> {
                    throw new ContractConflictException(contract.getElderId(), other.getId());
                });
        return contracts.save(contract);
    }
}

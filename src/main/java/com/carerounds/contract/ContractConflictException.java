package com.carerounds.contract;

import com.carerounds.kernel.ConflictException;

/** An elder may have only one contract in force on any date. */
public class ContractConflictException extends ConflictException {

    public ContractConflictException(Long elderId, Long conflictingContractId) {
        super("elder " + elderId + " already has contract " + conflictingContractId + " in force in that period");
    }
}

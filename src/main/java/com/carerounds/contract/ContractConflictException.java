package com.carerounds.contract;

/** An elder may have only one contract in force on any date. */
public class ContractConflictException extends RuntimeException {

    public ContractConflictException(Long elderId, Long conflictingContractId) {
        super("elder " + elderId + " already has contract " + conflictingContractId + " in force in that period");
    }
}

package com.carerounds.contract;

import com.carerounds.kernel.ConflictException;
import java.util.Map;

/** An elder may have only one contract in force on any date; the problem names the one in the way. */
public class ContractConflictException extends ConflictException {

    public ContractConflictException(Long elderId, Long conflictingContractId) {
        super("elder " + elderId + " already has contract " + conflictingContractId + " in force in that period",
                Map.of("conflictingContractId", conflictingContractId));
    }
}

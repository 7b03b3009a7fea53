package com.carerounds.roster;

import com.carerounds.kernel.ConflictException;

/** A roster is solved by one solver at a time. */
public class SolveInProgressException extends ConflictException {

    public SolveInProgressException(Long rosterId) {
        super("roster " + rosterId + " is already being solved");
    }
}

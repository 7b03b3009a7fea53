package com.carerounds.roster;

/** A roster is solved by one solver at a time. */
public class SolveInProgressException extends RuntimeException {

    public SolveInProgressException(Long rosterId) {
        super("roster " + rosterId + " is already being solved");
    }
}

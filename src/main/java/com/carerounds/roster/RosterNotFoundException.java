package com.carerounds.roster;

public class RosterNotFoundException extends RuntimeException {

    public RosterNotFoundException(Long rosterId) {
        super("no roster " + rosterId);
    }
}

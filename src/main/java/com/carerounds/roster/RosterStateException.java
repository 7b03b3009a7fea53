package com.carerounds.roster;

import com.carerounds.kernel.ConflictException;

/** The roster is not in a state that allows the request, e.g. publishing one that is still solving. */
public class RosterStateException extends ConflictException {

    public RosterStateException(String message) {
        super(message);
    }
}

package com.carerounds.roster;

/** The roster is not in a state that allows the request, e.g. publishing one that is still solving. */
public class RosterStateException extends RuntimeException {

    public RosterStateException(String message) {
        super(message);
    }
}

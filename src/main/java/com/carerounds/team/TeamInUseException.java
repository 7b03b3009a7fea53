package com.carerounds.team;

/** A team still referenced by contracts or planned visits cannot be deleted. */
public class TeamInUseException extends RuntimeException {

    public TeamInUseException(String message) {
        super(message);
    }
}

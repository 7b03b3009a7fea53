package com.carerounds.capacity;

public class TeamNotFoundException extends RuntimeException {

    public TeamNotFoundException(Long teamId) {
        super("no team " + teamId);
    }
}

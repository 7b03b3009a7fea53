package com.carerounds.team;

public class TeamNotFoundException extends RuntimeException {

    public TeamNotFoundException(Long teamId) {
        super("no team " + teamId);
    }
}

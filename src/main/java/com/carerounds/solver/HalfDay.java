package com.carerounds.solver;

public enum HalfDay {
    MORNING,
    AFTERNOON;

    static final int NOON_SECONDS = 12 * 3600;

    public boolean contains(int secondOfDay) {
        return (secondOfDay < NOON_SECONDS) == (this == MORNING);
    }
}

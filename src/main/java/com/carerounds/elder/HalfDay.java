package com.carerounds.elder;

import java.time.LocalTime;

public enum HalfDay {
    MORNING,
    AFTERNOON;

    public static HalfDay of(LocalTime time) {
        return time.isBefore(LocalTime.NOON) ? MORNING : AFTERNOON;
    }
}

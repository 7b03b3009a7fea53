package com.carerounds.calendar;

public enum DayKind {
    /** A public holiday, or a weekend day inside a holiday period: nobody works. */
    HOLIDAY,
    /** A weekend day made a working day to bridge a holiday (调休上班). */
    WORKDAY
}

package com.carerounds.calendar;

import java.time.LocalDate;
import java.util.Objects;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** An exception to the Monday–Friday week: a public holiday or a make-up working day. */
public class CalendarDay {

    @Id
    private LocalDate onDate;
    @Version
    private int version;
    private DayKind kind;
    private String name;

    @PersistenceCreator
    CalendarDay(LocalDate onDate, int version, DayKind kind, String name) {
        this.onDate = Objects.requireNonNull(onDate, "onDate");
        this.version = version;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = name;
    }

    public CalendarDay(LocalDate onDate, DayKind kind, String name) {
        this(onDate, 0, kind, name);
    }

    public void change(DayKind kind, String name) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = name;
    }

    public LocalDate getOnDate() { return onDate; }
    public int getVersion() { return version; }
    public DayKind getKind() { return kind; }
    public String getName() { return name; }
}

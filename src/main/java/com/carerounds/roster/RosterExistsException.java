package com.carerounds.roster;

import com.carerounds.kernel.ConflictException;
import java.time.YearMonth;

/** A center has one roster per month; re-planning works on that roster. */
public class RosterExistsException extends ConflictException {

    private final Long rosterId;

    public RosterExistsException(Long rosterId, YearMonth month) {
        super("a roster for " + month + " already exists: " + rosterId);
        this.rosterId = rosterId;
    }

    public Long rosterId() {
        return rosterId;
    }
}

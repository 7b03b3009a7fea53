package com.carerounds.roster;

import com.carerounds.kernel.NotFoundException;

public class RosterNotFoundException extends NotFoundException {

    public RosterNotFoundException(Long rosterId) {
        super("roster", rosterId);
    }
}

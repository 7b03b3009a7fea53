package com.carerounds.roster;

import com.carerounds.center.CenterReferences;
import com.carerounds.kernel.References;
import org.springframework.stereotype.Component;

/** A center's rosters keep it: it is not deleted while it has any. */
@Component
class RosterReferences implements CenterReferences {

    private final RosterRepository rosters;

    RosterReferences(RosterRepository rosters) {
        this.rosters = rosters;
    }

    @Override
    public References toCenter(Long centerId) {
        return new References(rosters.countByCenterId(centerId), "roster(s)");
    }
}

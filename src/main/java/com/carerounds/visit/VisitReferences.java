package com.carerounds.visit;

import com.carerounds.elder.ElderReferences;
import com.carerounds.kernel.References;
import com.carerounds.team.TeamReferences;
import org.springframework.stereotype.Component;

/** Visits in rosters keep their elder and team: neither is deleted while a roster holds them. */
@Component
class VisitReferences implements ElderReferences, TeamReferences {

    private final VisitRepository visits;

    VisitReferences(VisitRepository visits) {
        this.visits = visits;
    }

    @Override
    public References toElder(Long elderId) {
        return new References(visits.countByElderId(elderId), "visit(s) in rosters");
    }

    @Override
    public References toTeam(Long teamId) {
        return new References(visits.countByTeamId(teamId), "planned visit(s)");
    }
}

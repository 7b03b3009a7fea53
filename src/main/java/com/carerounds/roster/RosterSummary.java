package com.carerounds.roster;

import java.time.YearMonth;
import org.optaplanner.core.api.solver.SolverStatus;

/** One roster of a list: which month, how far it is, and the score and unassigned count of its plan. */
public record RosterSummary(Long id, Long centerId, YearMonth month, RosterStatus status, SolverStatus solverStatus,
                            String score, Integer unassigned) {

    static RosterSummary of(Roster roster, RosterSolvingService.Status status) {
        return new RosterSummary(roster.getId(), roster.getCenterId(), roster.month(), status.rosterStatus(),
                status.solverStatus(), status.score(), status.unassigned());
    }
}

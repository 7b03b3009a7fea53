package com.carerounds.roster;

import com.carerounds.kernel.InvalidFieldException;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitRepository;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatcher's pins: a pinned visit keeps its team, date, start and place in the route through
 * every re-plan, with the visits before it on that route (the team's time up to it depends on them).
 */
@Service
public class RosterPins {

    private final RosterService rosters;
    private final RosterSolvingService solving;
    private final VisitRepository visits;

    public RosterPins(RosterService rosters, RosterSolvingService solving, VisitRepository visits) {
        this.rosters = rosters;
        this.solving = solving;
        this.visits = visits;
    }

    /** The visits a pin request changed, by id. */
    public record Changed(Long rosterId, boolean pinned, List<Long> visitIds) {
    }

    @Transactional
    public Changed change(Long rosterId, PinRequest request) {
        rosters.centerOf(rosterId);
        if (solving.isSolving(rosterId)) {
            // The running solve would write its plan over the pins it did not know.
            throw new SolveInProgressException(rosterId);
        }
        List<Long> visitIds = Objects.requireNonNullElse(request.visitIds(), List.of());
        List<PinRequest.TeamDate> teamDays = Objects.requireNonNullElse(request.teamDays(), List.of());
        if (visitIds.isEmpty() && teamDays.isEmpty() && request.through() == null) {
            throw new InvalidFieldException("visitIds", "name visits, team days or a date to pin up to");
        }
        Map<Long, Visit> byId = visits.findByRosterId(rosterId).stream()
                .collect(Collectors.toMap(Visit::getId, Function.identity()));
        Set<Long> selected = new TreeSet<>();
        for (Long id : visitIds) {
            Visit visit = byId.get(id);
            if (visit == null) {
                throw new InvalidFieldException("visitIds", "visit " + id + " is not in roster " + rosterId);
            }
            if (request.pinned() && !visit.isAssigned()) {
                throw new InvalidFieldException("visitIds", "visit " + id + " is not planned, so it has no place to keep");
            }
            selected.add(id);
        }
        Set<PinRequest.TeamDate> days = Set.copyOf(teamDays);
        byId.values().stream().filter(Visit::isAssigned)
                .filter(v -> days.contains(new PinRequest.TeamDate(v.getTeamId(), v.getVisitDate()))
                        || (request.through() != null && !v.getVisitDate().isAfter(request.through())))
                .forEach(v -> selected.add(v.getId()));
        if (!selected.isEmpty()) {
            visits.pin(selected, request.pinned());
        }
        return new Changed(rosterId, request.pinned(), List.copyOf(selected));
    }
}

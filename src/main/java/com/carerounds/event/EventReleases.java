package com.carerounds.event;

import com.carerounds.roster.FrozenWindowRelease;
import com.carerounds.roster.RosterPlanMapper;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The frozen window (today and the next working days) holds through a re-plan, except for what the
 * month's events release: the planned visits of a team that cannot work that day or of an elder away
 * that day, and urgent visits not yet published, which may have to be made before the window ends.
 */
@Component
class EventReleases implements FrozenWindowRelease {

    private final RosterEventRepository events;

    EventReleases(RosterEventRepository events) {
        this.events = events;
    }

    @Override
    public Set<Long> released(Long rosterId, RosterPlanMapper.Inputs in, LocalDate today, LocalDate openFrom) {
        if (!today.isBefore(openFrom)) {
            return Set.of();
        }
        List<RosterEvent> recorded = events.findByRosterIdOrderByRecordedAtAscIdAsc(rosterId);
        return in.visits().stream()
                .filter(v -> v.getStatus() == VisitStatus.PLANNED)
                .filter(v -> (v.getDueBy() != null && !in.published().containsKey(v.getId()))
                        || (inWindow(v, today, openFrom) && recorded.stream().anyMatch(event -> event.takesOut(v))))
                .map(Visit::getId)
                .collect(Collectors.toSet());
    }

    private static boolean inWindow(Visit visit, LocalDate today, LocalDate openFrom) {
        return visit.isAssigned() && !visit.getVisitDate().isBefore(today) && visit.getVisitDate().isBefore(openFrom);
    }
}

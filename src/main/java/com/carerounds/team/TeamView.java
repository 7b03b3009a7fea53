package com.carerounds.team;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** A team with the skills its members bring and its per-date capacity overrides (changed by PATCH …/capacity). */
public record TeamView(Long id, int version, Long centerId, String code, String name, TravelMode travelMode,
                       int maxVisitMinutes, int maxVisits, List<TeamRequest.Member> members, Set<Skill> skills,
                       Set<DayOfWeek> workingDays, List<TeamRequest.LeavePeriod> leave,
                       List<DayCapacity> capacityOverrides) {

    public record DayCapacity(LocalDate date, int maxVisitMinutes, int maxVisits) {
    }

    static TeamView of(Team t) {
        return new TeamView(t.getId(), t.getVersion(), t.getCenterId(), t.getCode(), t.getName(), t.getTravelMode(),
                t.getCapacity().maxVisitMinutes(), t.getCapacity().maxVisits(),
                t.getMembers().stream().map(m -> new TeamRequest.Member(m.name(), m.role())).toList(),
                t.skills(), t.getWorkingDays(),
                t.getLeave().stream().sorted(Comparator.comparing(Leave::startDate))
                        .map(l -> new TeamRequest.LeavePeriod(l.startDate(), l.endDate(), l.reason())).toList(),
                t.getCapacityOverrides().stream().sorted(Comparator.comparing(CapacityOverride::onDate))
                        .map(o -> new DayCapacity(o.onDate(), o.capacity().maxVisitMinutes(), o.capacity().maxVisits()))
                        .toList());
    }
}

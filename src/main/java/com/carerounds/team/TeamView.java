package com.carerounds.team;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/** A team as the API shows it, with the skills its members bring. */
public record TeamView(Long id, int version, Long centerId, String code, String name, TravelMode travelMode,
                       Capacity capacity, List<TeamMember> members, Set<Skill> skills, Set<DayOfWeek> workingDays,
                       Set<Leave> leave, Set<CapacityOverride> capacityOverrides) {

    static TeamView of(Team t) {
        return new TeamView(t.getId(), t.getVersion(), t.getCenterId(), t.getCode(), t.getName(), t.getTravelMode(),
                t.getCapacity(), t.getMembers(), t.skills(), t.getWorkingDays(), t.getLeave(), t.getCapacityOverrides());
    }
}

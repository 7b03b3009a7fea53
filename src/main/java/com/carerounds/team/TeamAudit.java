package com.carerounds.team;

import com.carerounds.audit.AuditedFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A team's fields for the audit trail: its capacity, per-date overrides (as runs of dates) and leave among them. */
public final class TeamAudit {

    private TeamAudit() {
    }

    public static AuditedFields of(Team team) {
        return AuditedFields.none()
                .with("code", team.getCode())
                .with("name", team.getName())
                .with("travelMode", team.getTravelMode())
                .with("maxVisitMinutes", team.getCapacity().maxVisitMinutes())
                .with("maxVisits", team.getCapacity().maxVisits())
                .with("members", team.getMembers().stream().map(m -> m.name() + " " + m.role()).toList())
                .with("workingDays", team.getWorkingDays())
                .with("leave", team.getLeave().stream().sorted(Comparator.comparing(Leave::startDate))
                        .map(l -> l.startDate() + ".." + l.endDate() + (l.reason() == null ? "" : " " + l.reason()))
                        .toList())
                .with("capacityOverrides", overrides(team));
    }

    /** Consecutive dates with one capacity as one run: a year's override stays one line. */
    private static List<String> overrides(Team team) {
        List<CapacityOverride> sorted = team.getCapacityOverrides().stream()
                .sorted(Comparator.comparing(CapacityOverride::onDate)).toList();
        List<String> runs = new ArrayList<>();
        for (int start = 0, end; start < sorted.size(); start = end) {
            end = start + 1;
            while (end < sorted.size() && sorted.get(end).capacity().equals(sorted.get(start).capacity())
                    && sorted.get(end).onDate().equals(sorted.get(end - 1).onDate().plusDays(1))) {
                end++;
            }
            Capacity c = sorted.get(start).capacity();
            runs.add(sorted.get(start).onDate() + ".." + sorted.get(end - 1).onDate() + " "
                    + c.maxVisitMinutes() + " min, " + c.maxVisits() + " visits");
        }
        return runs;
    }
}

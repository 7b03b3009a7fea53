package com.carerounds.team;

import com.carerounds.web.InvalidFieldException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A team as an administrator creates or edits it, whole: members, weekly pattern and leave replace
 * the stored ones. Skills are not sent: they follow from the members. {@code centerId} defaults to the
 * administrator's own center; {@code version} is required on update.
 */
public record TeamRequest(
        Integer version,
        Long centerId,
        @NotBlank @Size(max = 64) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull TravelMode travelMode,
        @NotNull @Min(0) @Max(1440) Integer maxVisitMinutes,
        @NotNull @Min(0) @Max(100) Integer maxVisits,
        @NotEmpty(message = "a team needs at least one member") List<@Valid @NotNull Member> members,
        @NotEmpty(message = "a team works on at least one weekday") Set<@NotNull DayOfWeek> workingDays,
        List<@Valid @NotNull LeavePeriod> leave) {

    public record Member(@NotBlank @Size(max = 100) String name, @NotNull MemberRole role) {
    }

    public record LeavePeriod(@NotNull LocalDate startDate, @NotNull LocalDate endDate, @Size(max = 200) String reason) {
    }

    List<TeamMember> teamMembers() {
        return members.stream().map(m -> new TeamMember(m.name(), m.role())).toList();
    }

    /** Periods are keyed by their first day, so two may not start on the same date. */
    List<Leave> leavePeriods() {
        List<Leave> periods = leave == null ? List.of()
                : leave.stream().map(l -> new Leave(l.startDate(), l.endDate(), l.reason())).toList();
        if (periods.stream().map(Leave::startDate).distinct().count() != periods.size()) {
            throw new InvalidFieldException("leave", "two leave periods start on the same date");
        }
        return periods;
    }
}

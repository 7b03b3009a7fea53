package com.carerounds.team;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A team as an administrator writes it; {@code version} is required to update. */
public record TeamBody(Integer version, @NotBlank String code, @NotBlank String name, @NotNull TravelMode travelMode,
                       @NotNull @Min(0) @Max(1440) Integer maxVisitMinutes, @NotNull @Min(0) @Max(100) Integer maxVisits,
                       @NotEmpty List<@Valid Member> members, @NotEmpty Set<DayOfWeek> workingDays,
                       List<@Valid LeavePeriod> leave) {

    public record Member(@NotBlank String name, @NotNull MemberRole role) {
    }

    public record LeavePeriod(@NotNull LocalDate startDate, @NotNull LocalDate endDate, String reason) {
    }
}

package com.carerounds.team;

import com.carerounds.kernel.PlausibleDate;
import com.carerounds.kernel.Text;
import com.carerounds.kernel.TextKind;
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
public record TeamBody(Integer version, @NotBlank @Text(TextKind.CODE) String code,
                       @NotBlank @Text(TextKind.NAME) String name, @NotNull TravelMode travelMode,
                       @NotNull @Min(0) @Max(1440) Integer maxVisitMinutes, @NotNull @Min(0) @Max(100) Integer maxVisits,
                       @NotEmpty List<@NotNull @Valid Member> members, @NotEmpty Set<@NotNull DayOfWeek> workingDays,
                       List<@NotNull @Valid LeavePeriod> leave) {

    public record Member(@NotBlank @Text(TextKind.PERSON_NAME) String name, @NotNull MemberRole role) {
    }

    public record LeavePeriod(@NotNull @PlausibleDate LocalDate startDate, @NotNull @PlausibleDate LocalDate endDate,
                              @Text(TextKind.REASON) String reason) {
    }
}

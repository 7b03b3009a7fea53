package com.carerounds.capacity;

import com.carerounds.kernel.PlausibleDate;
import com.carerounds.team.TeamBody;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A change of a team's availability: a new daily capacity ({@code maxVisitMinutes} and {@code maxVisits}
 * together) for the dates {@code from}–{@code to}, or from now on when both are absent; and/or a leave
 * period added to the team's leave. {@code version} is the team's version the administrator saw, so a
 * concurrent change is refused instead of overwritten.
 */
public record CapacityChange(@NotNull Integer version, @Min(0) @Max(1440) Integer maxVisitMinutes,
                             @Min(0) @Max(100) Integer maxVisits, @PlausibleDate LocalDate from,
                             @PlausibleDate LocalDate to, @Valid TeamBody.LeavePeriod leave) {
}

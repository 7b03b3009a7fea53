package com.carerounds.capacity;

import com.carerounds.kernel.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A team's new daily capacity: for the dates {@code from}–{@code to}, or from now on when both are
 * absent. {@code version} is the team's version the administrator saw, so a concurrent change is
 * refused instead of overwritten.
 */
public record CapacityChange(@NotNull Integer version, @NotNull @Min(0) @Max(1440) Integer maxVisitMinutes,
                             @NotNull @Min(0) @Max(100) Integer maxVisits, @PlausibleDate LocalDate from,
                             @PlausibleDate LocalDate to) {
}

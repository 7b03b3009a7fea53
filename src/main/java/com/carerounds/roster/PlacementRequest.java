package com.carerounds.roster;

import com.carerounds.kernel.PlausibleDate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A recommended place to put the elder's new visit, or with {@code visitId} that visit waiting
 * unassigned: the team, the date and the position in that day's route.
 */
public record PlacementRequest(@NotNull Long elderId, @NotNull Long teamId, @NotNull @PlausibleDate LocalDate date,
                               @NotNull @Min(0) @Max(100) Integer position, Long visitId) {
}

package com.carerounds.roster;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * Pins ({@code pinned} true) or unpins visits of a roster: the visits named, every visit of the team
 * days named, and every planned visit dated up to {@code through}; at least one of them.
 */
public record PinRequest(@NotNull Boolean pinned, List<@NotNull Long> visitIds, List<@Valid @NotNull TeamDate> teamDays,
                         LocalDate through) {

    public record TeamDate(@NotNull Long teamId, @NotNull LocalDate date) {
    }
}

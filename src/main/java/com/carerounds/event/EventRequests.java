package com.carerounds.event;

import com.carerounds.kernel.PlausibleDate;
import com.carerounds.kernel.Text;
import com.carerounds.kernel.TextKind;
import com.carerounds.team.Skill;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;

/** The bodies of the events a dispatcher records; {@code notes} is free text for the month's record. */
public final class EventRequests {

    private EventRequests() {
    }

    /** The team cannot work from {@code from} to {@code to} (inclusive; {@code to} defaults to {@code from}). */
    public record TeamUnavailable(@NotNull Long teamId, @NotNull @PlausibleDate LocalDate from, @PlausibleDate LocalDate to,
                           @NotNull EventReason reason, @Text(TextKind.NOTES) String notes) {
    }

    /** The elder is away from {@code from}, until {@code to} (inclusive) or, without it, for the rest of the month. */
    public record ElderAway(@NotNull Long elderId, @NotNull @PlausibleDate LocalDate from, @PlausibleDate LocalDate to,
                     @NotNull EventReason reason, @Text(TextKind.NOTES) String notes) {
    }

    /**
     * No visits to the elder from {@code from} on: the day after the contract's last day, or the day the
     * elder died.
     */
    public record ContractEnded(@NotNull Long elderId, @NotNull @PlausibleDate LocalDate from, @NotNull EventReason reason,
                         @Text(TextKind.NOTES) String notes) {
    }

    /**
     * An urgent or extra visit to make within {@code withinDays} days (0: today), with the skills the elder's
     * visits need and any given, taking the policy's duration unless {@code durationMinutes} is given.
     */
    public record UrgentVisit(@NotNull Long elderId, @NotNull @Min(0) @Max(31) Integer withinDays, @NotNull EventReason reason,
                       Set<@NotNull Skill> skills, @Min(5) @Max(480) Integer durationMinutes,
                       @Text(TextKind.NOTES) String notes) {
    }
}

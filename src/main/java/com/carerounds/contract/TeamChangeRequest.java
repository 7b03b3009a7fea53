package com.carerounds.contract;

import com.carerounds.kernel.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The contract's elder goes to {@code teamId} from {@code from} on; {@code version} is the contract's as read. */
public record TeamChangeRequest(@NotNull Integer version, @NotNull Long teamId, @NotNull @PlausibleDate LocalDate from) {
}

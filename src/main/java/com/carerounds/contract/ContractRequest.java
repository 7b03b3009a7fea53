package com.carerounds.contract;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** An elder's contract with a team; no {@code endDate} means open-ended. {@code version} is required on update. */
public record ContractRequest(Integer version, @NotNull Long elderId, @NotNull Long teamId,
                              @NotNull ServicePackage servicePackage, @NotNull LocalDate startDate,
                              LocalDate endDate) {
}

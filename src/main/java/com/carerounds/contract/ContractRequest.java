package com.carerounds.contract;

import com.carerounds.kernel.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** An elder's contract with a team; no {@code endDate} means open-ended. {@code version} is required on update. */
public record ContractRequest(Integer version, @NotNull Long elderId, @NotNull Long teamId,
                              @NotNull ServicePackage servicePackage, @NotNull @PlausibleDate LocalDate startDate,
                              @PlausibleDate LocalDate endDate) {
}

package com.carerounds.center;

import com.carerounds.kernel.Text;
import com.carerounds.kernel.TextKind;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;

/** A health center as an administrator creates or edits it; {@code version} is required on update. */
public record CenterRequest(
        Integer version,
        @NotBlank @Text(TextKind.CODE) String code,
        @NotBlank @Text(TextKind.NAME) String name,
        @NotBlank @Text(TextKind.ADDRESS) String address,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @NotNull LocalTime visitStart,
        @NotNull LocalTime visitEnd) {
}

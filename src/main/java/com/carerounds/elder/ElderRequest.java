package com.carerounds.elder;

import com.carerounds.kernel.PlausibleDate;
import com.carerounds.kernel.Text;
import com.carerounds.kernel.TextKind;
import com.carerounds.solver.HalfDay;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

/**
 * An elder's record as an administrator creates or edits it, whole (ADL assessments are added through
 * their own endpoint, contracts through /api/contracts). {@code centerId} defaults to the
 * administrator's own center; {@code version} is required on update. {@code visitWeekdays}: the only
 * days of the week the elder can be visited on; empty or absent for any working day. {@code visitWindow}:
 * the time every visit falls inside (absent: any time of the home-visit hours). Both apply until a dated
 * change of the visit times ({@code PUT /api/elders/{id}/visit-times}).
 */
public record ElderRequest(
        Integer version,
        Long centerId,
        @NotBlank @Text(TextKind.CODE) String code,
        @NotBlank @Text(TextKind.PERSON_NAME) String name,
        @NotNull Sex sex,
        @NotNull @Past @PlausibleDate LocalDate birthDate,
        @NotBlank @Text(TextKind.NATIONAL_ID) String nationalId,
        @Text(TextKind.PHONE) String phone,
        @NotBlank @Text(TextKind.ADDRESS) String address,
        @NotNull @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @NotNull @DecimalMin("-180") @DecimalMax("180") Double longitude,
        Set<@NotNull ElderCategory> categories,
        Set<@NotNull ChronicCondition> chronicConditions,
        Set<@NotNull CareNeed> needs,
        HalfDay preferredHalfDay,
        Set<@NotNull @PlausibleDate LocalDate> unavailableDates,
        Set<@NotNull DayOfWeek> visitWeekdays,
        @Valid Window visitWindow) {

    /** A time window, for example 14:00 to 17:00. */
    public record Window(@NotNull LocalTime start, @NotNull LocalTime end) {

        TimeWindow toTimeWindow() {
            return new TimeWindow(start, end);
        }
    }

    /** Without the national ID and phone: a framework's trace of the request must not put them in a log. */
    @Override
    public String toString() {
        return "ElderRequest[version=" + version + ", centerId=" + centerId + ", code=" + code + "]";
    }
}

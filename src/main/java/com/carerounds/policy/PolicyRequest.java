package com.carerounds.policy;

import com.carerounds.elder.CareNeed;
import com.carerounds.team.Skill;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A center's visit policy, whole. Tiers: elders whose latest ADL score is at least {@code minAdl} get
 * {@code visitsPerMonth} visits at least {@code minGapDays} apart; the first tier starts at 0.
 */
public record PolicyRequest(
        @NotNull Integer version,
        @NotNull @Min(0) @Max(101) Integer homeHospitalBedBelow,
        @NotNull @Min(1) @Max(480) Integer routineMinutes,
        @NotNull @Min(1) @Max(480) Integer homeHospitalBedMinutes,
        @NotNull Skill homeHospitalBedSkill,
        @NotEmpty List<@Valid @NotNull Tier> tiers,
        List<@Valid @NotNull Need> needRules) {

    public record Tier(@NotNull @Min(0) @Max(100) Integer minAdl, @NotNull @Min(0) @Max(31) Integer visitsPerMonth,
                       @NotNull @Min(1) @Max(31) Integer minGapDays) {
    }

    public record Need(@NotNull CareNeed need, @NotNull Skill skill, @NotNull @Min(0) @Max(240) Integer extraMinutes) {
    }
}

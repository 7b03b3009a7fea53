package com.carerounds.policy;

import com.carerounds.team.Skill;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Set;

/** A center's visit policy as an administrator reads and writes it; {@code version} is required to change it. */
public record PolicyChange(@NotNull Integer version, @NotNull Integer homeHospitalBedBelow,
                           @NotNull Integer routineMinutes, @NotNull Integer homeHospitalBedMinutes,
                           @NotNull Skill homeHospitalBedSkill, @NotEmpty List<@NotNull @Valid FrequencyTier> tiers,
                           @NotNull Set<@NotNull @Valid NeedRule> needRules) {

    static PolicyChange of(VisitPolicy p) {
        return new PolicyChange(p.getVersion(), p.getHomeHospitalBedBelow(), p.getRoutineMinutes(),
                p.getHomeHospitalBedMinutes(), p.getHomeHospitalBedSkill(), p.getTiers(), p.getNeedRules());
    }
}

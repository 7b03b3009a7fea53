package com.carerounds.policy;

import com.carerounds.team.Skill;
import java.util.Comparator;
import java.util.List;

public record PolicyView(Long centerId, int version, int homeHospitalBedBelow, int routineMinutes,
                         int homeHospitalBedMinutes, Skill homeHospitalBedSkill, List<PolicyRequest.Tier> tiers,
                         List<PolicyRequest.Need> needRules) {

    static PolicyView of(VisitPolicy p) {
        return new PolicyView(p.getCenterId(), p.getVersion(), p.getHomeHospitalBedBelow(), p.getRoutineMinutes(),
                p.getHomeHospitalBedMinutes(), p.getHomeHospitalBedSkill(),
                p.getTiers().stream().map(t -> new PolicyRequest.Tier(t.minAdl(), t.visitsPerMonth(), t.minGapDays()))
                        .toList(),
                p.getNeedRules().stream().sorted(Comparator.comparing(NeedRule::need))
                        .map(n -> new PolicyRequest.Need(n.need(), n.skill(), n.extraMinutes())).toList());
    }
}

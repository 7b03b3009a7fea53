package com.carerounds.policy;

import com.carerounds.elder.Elder;
import com.carerounds.elder.VisitLength;
import org.springframework.stereotype.Component;

/** An elder's visit minutes by their center's policy: the kind from the latest assessment, plus what needs add. */
@Component
class PolicyVisitLength implements VisitLength {

    private final PolicyAdministration policies;

    PolicyVisitLength(PolicyAdministration policies) {
        this.policies = policies;
    }

    @Override
    public int minutesOf(Elder elder) {
        VisitPolicy policy = policies.policyOf(elder.getCenterId());
        boolean homeHospitalBed = elder.latestAssessment().map(a -> policy.needsHomeHospitalBed(a.score())).orElse(false);
        return policy.visitMinutes(homeHospitalBed, elder.getNeeds());
    }
}

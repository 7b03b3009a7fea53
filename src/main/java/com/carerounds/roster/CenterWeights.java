package com.carerounds.roster;

import com.carerounds.policy.VisitPolicyRepository;
import com.carerounds.solver.RosterWeights;
import org.springframework.stereotype.Component;

/** The constraint weights a center's administrator set, over the defaults. */
@Component
public class CenterWeights {

    private final VisitPolicyRepository policies;

    public CenterWeights(VisitPolicyRepository policies) {
        this.policies = policies;
    }

    public RosterWeights of(Long centerId) {
        return policies.findByCenterId(centerId).map(p -> RosterWeights.of(p.weights())).orElseGet(RosterWeights::new);
    }
}

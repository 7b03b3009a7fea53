package com.carerounds.policy;

import com.carerounds.account.CenterScope;
import com.carerounds.web.Versions;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A center's visit policy; a center without one follows the defaults until an administrator saves one. */
@Service
public class PolicyAdministration {

    private final VisitPolicyRepository policies;
    private final CenterScope scope;

    public PolicyAdministration(VisitPolicyRepository policies, CenterScope scope) {
        this.policies = policies;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    public PolicyView get(Long centerId) {
        Long center = scope.resolve(centerId);
        return PolicyView.of(policies.findByCenterId(center).orElseGet(() -> VisitPolicy.defaults(center)));
    }

    /** Takes effect for rosters created from now on; existing rosters keep the visits they were given. */
    @Transactional
    public PolicyView update(Long centerId, PolicyRequest request) {
        Long center = scope.resolve(centerId);
        VisitPolicy policy = policies.findByCenterId(center).orElseGet(() -> VisitPolicy.defaults(center));
        Versions.require("visit policy of center", center, policy.getVersion(), request.version());
        List<PolicyRequest.Need> needs = request.needRules() == null ? List.of() : request.needRules();
        policy.update(request.homeHospitalBedBelow(), request.routineMinutes(), request.homeHospitalBedMinutes(),
                request.homeHospitalBedSkill(),
                request.tiers().stream().map(t -> new FrequencyTier(t.minAdl(), t.visitsPerMonth(), t.minGapDays()))
                        .toList(),
                needs.stream().map(n -> new NeedRule(n.need(), n.skill(), n.extraMinutes())).collect(Collectors.toSet()));
        return PolicyView.of(policies.save(policy));
    }
}

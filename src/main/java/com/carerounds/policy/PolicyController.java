package com.carerounds.policy;

import com.carerounds.account.Access;
import com.carerounds.solver.RosterWeights;
import com.carerounds.team.Skill;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A center's visit policy and constraint weights, read by dispatchers and set by administrators. */
@RestController
public class PolicyController {

    private final VisitPolicyRepository policies;
    private final Access access;

    public PolicyController(VisitPolicyRepository policies, Access access) {
        this.policies = policies;
        this.access = access;
    }

    public record PolicyBody(@NotNull Integer version, @NotNull Integer homeHospitalBedBelow,
                             @NotNull Integer routineMinutes, @NotNull Integer homeHospitalBedMinutes,
                             @NotNull Skill homeHospitalBedSkill, @NotEmpty List<FrequencyTier> tiers,
                             @NotNull Set<NeedRule> needRules) {
    }

    public record WeightsBody(@NotNull Integer version, @NotNull Map<String, String> weights) {
    }

    @Operation(summary = "Read a center's visit policy: frequency tiers, visit durations and skills per need.")
    @GetMapping("/api/policy")
    PolicyBody policy(@RequestParam(required = false) Long centerId) {
        return body(policyOf(centerId));
    }

    @Operation(summary = "Replace a center's visit policy.")
    @PutMapping("/api/policy")
    @Transactional
    PolicyBody changePolicy(@RequestParam(required = false) Long centerId, @Valid @RequestBody PolicyBody change) {
        VisitPolicy policy = current(centerId, change.version());
        policy.update(change.homeHospitalBedBelow(), change.routineMinutes(), change.homeHospitalBedMinutes(),
                change.homeHospitalBedSkill(), change.tiers(), change.needRules());
        return body(policies.save(policy));
    }

    @Operation(summary = "Read the weights of the roster solver's constraints for a center.")
    @GetMapping("/api/constraint-weights")
    WeightsBody weights(@RequestParam(required = false) Long centerId) {
        VisitPolicy policy = policyOf(centerId);
        return new WeightsBody(policy.getVersion(), RosterWeights.of(policy.weights()).asMap());
    }

    /** Names not given keep their current weight; every name and value is checked before anything is saved. */
    @Operation(summary = "Change some of a center's constraint weights; names not given keep theirs.")
    @PutMapping("/api/constraint-weights")
    @Transactional
    WeightsBody changeWeights(@RequestParam(required = false) Long centerId, @Valid @RequestBody WeightsBody change) {
        VisitPolicy policy = current(centerId, change.version());
        Map<String, String> merged = new java.util.TreeMap<>(policy.weights());
        merged.putAll(change.weights());
        RosterWeights checked = RosterWeights.of(merged);
        policy.replaceWeights(merged);
        VisitPolicy saved = policies.save(policy);
        return new WeightsBody(saved.getVersion(), checked.asMap());
    }

    private VisitPolicy policyOf(Long requested) {
        Long centerId = access.centerOf(requested);
        return policies.findByCenterId(centerId).orElseGet(() -> policies.save(VisitPolicy.defaults(centerId)));
    }

    private VisitPolicy current(Long requested, int version) {
        VisitPolicy policy = policyOf(requested);
        if (policy.getVersion() != version) {
            throw new OptimisticLockingFailureException("the policy is at version " + policy.getVersion());
        }
        return policy;
    }

    private static PolicyBody body(VisitPolicy p) {
        return new PolicyBody(p.getVersion(), p.getHomeHospitalBedBelow(), p.getRoutineMinutes(),
                p.getHomeHospitalBedMinutes(), p.getHomeHospitalBedSkill(), p.getTiers(), p.getNeedRules());
    }
}

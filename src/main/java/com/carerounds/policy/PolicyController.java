package com.carerounds.policy;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A center's visit policy and constraint weights, read by dispatchers and set by administrators. */
@RestController
class PolicyController {

    private final PolicyAdministration policies;

    PolicyController(PolicyAdministration policies) {
        this.policies = policies;
    }

    /** The weights by constraint id, and the table with each constraint's name, level and default. */
    record WeightsBody(Integer version, Map<String, String> weights,
                       List<PolicyAdministration.ConstraintWeightView> constraints) {
    }

    record WeightsChange(@NotNull Integer version, @NotNull Map<@NotNull String, @NotNull String> weights) {
    }

    @Operation(summary = "Read a center's visit policy: frequency tiers, visit durations and skills per need.")
    @GetMapping("/api/policy")
    PolicyChange policy(@RequestParam(required = false) Long centerId) {
        return PolicyChange.of(policies.read(centerId));
    }

    @Operation(summary = "Read the default visit policy, which a center has until an administrator changes it.")
    @GetMapping("/api/policy/defaults")
    PolicyChange defaultPolicy(@RequestParam(required = false) Long centerId) {
        return PolicyChange.of(policies.defaults(centerId));
    }

    @Operation(summary = "Replace a center's visit policy.")
    @PutMapping("/api/policy")
    PolicyChange changePolicy(@RequestParam(required = false) Long centerId, @Valid @RequestBody PolicyChange change) {
        return PolicyChange.of(policies.change(centerId, change));
    }

    @Operation(summary = "Read the constraint table with a center's weight beside each default.")
    @GetMapping("/api/constraint-weights")
    WeightsBody weights(@RequestParam(required = false) Long centerId) {
        return body(policies.read(centerId).getVersion(), policies.weights(centerId));
    }

    @Operation(summary = "Change some of a center's constraint weights by id; ids not given keep theirs.")
    @PutMapping("/api/constraint-weights")
    WeightsBody changeWeights(@RequestParam(required = false) Long centerId,
                              @Valid @RequestBody WeightsChange change) {
        int version = policies.changeWeights(centerId, change.version(), change.weights()).getVersion();
        return body(version, policies.weights(centerId));
    }

    private static WeightsBody body(int version, List<PolicyAdministration.ConstraintWeightView> constraints) {
        Map<String, String> byId = new LinkedHashMap<>();
        constraints.forEach(c -> byId.put(c.id(), c.weight()));
        return new WeightsBody(version, byId, constraints);
    }
}

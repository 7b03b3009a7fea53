package com.carerounds.policy;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's center's visit policy ({@code centerId} for a deployment administrator). */
@RestController
@RequestMapping("/api/policy")
public class PolicyController {

    private final PolicyAdministration policies;

    public PolicyController(PolicyAdministration policies) {
        this.policies = policies;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'DISPATCHER')")
    PolicyView get(@RequestParam(required = false) Long centerId) {
        return policies.get(centerId);
    }

    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    PolicyView update(@RequestParam(required = false) Long centerId, @Valid @RequestBody PolicyRequest request) {
        return policies.update(centerId, request);
    }
}

package com.carerounds.weights;

import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in user's center's constraint weights ({@code centerId} for a deployment administrator). */
@RestController
@RequestMapping("/api/constraint-weights")
public class ConstraintWeightsController {

    private final ConstraintWeightsService weights;

    public ConstraintWeightsController(ConstraintWeightsService weights) {
        this.weights = weights;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN', 'DISPATCHER')")
    WeightsView get(@RequestParam(required = false) Long centerId) {
        return weights.get(centerId);
    }

    @PutMapping
    @PreAuthorize("hasRole('ADMIN')")
    WeightsView update(@RequestParam(required = false) Long centerId, @Valid @RequestBody WeightsRequest request) {
        return weights.update(centerId, request);
    }
}

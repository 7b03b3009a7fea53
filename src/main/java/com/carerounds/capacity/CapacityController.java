package com.carerounds.capacity;

import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's capacity change, answered with its effect on planned rosters. */
@RestController
class CapacityController {

    private final CapacityService capacity;

    CapacityController(CapacityService capacity) {
        this.capacity = capacity;
    }

    @PatchMapping("/api/teams/{id}/capacity")
    CapacityImpact change(@PathVariable Long id, @Valid @RequestBody CapacityChange change) {
        return capacity.change(id, change);
    }
}

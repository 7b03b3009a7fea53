package com.carerounds.capacity;

import com.carerounds.team.TeamBody;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's capacity change, answered with its effect on planned rosters. */
@RestController
class CapacityController {

    private final CapacityService capacity;

    CapacityController(CapacityService capacity) {
        this.capacity = capacity;
    }

    @Operation(summary = "Change a team's capacity on some dates and see which planned visits it affects.")
    @PatchMapping("/api/teams/{id}/capacity")
    CapacityImpact change(@PathVariable Long id, @Valid @RequestBody CapacityChange change) {
        return capacity.change(id, change);
    }

    @Operation(summary = "See which planned visits a change of the team's record (leave, working days, capacity) "
            + "would push out, without saving it.")
    @PostMapping("/api/teams/{id}/preview")
    CapacityService.TeamChangeImpact previewTeam(@PathVariable Long id, @Valid @RequestBody TeamBody body) {
        return capacity.previewTeam(id, body);
    }

    @Operation(summary = "See which planned visits a capacity change would affect, without saving it.")
    @PostMapping("/api/teams/{id}/capacity/preview")
    CapacityImpact preview(@PathVariable Long id, @Valid @RequestBody CapacityChange change) {
        return capacity.preview(id, change);
    }
}

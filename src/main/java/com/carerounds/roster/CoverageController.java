package com.carerounds.roster;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dispatcher reads how each elder's quota stands in a month. */
@RestController
@RequestMapping("/api/rosters")
class CoverageController {

    private final RosterService rosters;
    private final RosterCoverage coverage;

    CoverageController(RosterService rosters, RosterCoverage coverage) {
        this.rosters = rosters;
        this.coverage = coverage;
    }

    @Operation(summary = "Read each elder's quota in the month: required, planned, done, missed, made up, owed, carried.")
    @GetMapping("/{id}/coverage")
    RosterCoverage.Coverage coverage(@PathVariable Long id) {
        rosters.centerOf(id);
        return coverage.of(id);
    }
}

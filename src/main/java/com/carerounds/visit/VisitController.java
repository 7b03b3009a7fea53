package com.carerounds.visit;

import com.carerounds.audit.AuditEntry;
import com.carerounds.kernel.PlausibleDate;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The doctor's day: the team's visits in route order, and what happened at each. */
@RestController
class VisitController {

    private final TeamVisits teamVisits;

    VisitController(TeamVisits teamVisits) {
        this.teamVisits = teamVisits;
    }

    /** Without {@code to}, the single day {@code from}. */
    @Operation(summary = "List a team's published visits for a day, or from one day to another (at most 31 days), in route order.")
    @GetMapping("/api/teams/{teamId}/visits")
    List<DoctorVisit> list(@PathVariable Long teamId,
                           @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate to) {
        return teamVisits.list(teamId, from, to == null ? from : to);
    }

    @Operation(summary = "Who recorded or corrected a visit's outcome, when and what changed (the team's doctors).")
    @GetMapping("/api/visits/{id}/history")
    List<AuditEntry> history(@PathVariable Long id) {
        return teamVisits.history(id);
    }

    @Operation(summary = "Record what happened at a visit: done, or missed and why.")
    @PostMapping("/api/visits/{id}/outcome")
    DoctorVisit outcome(@PathVariable Long id, @Valid @RequestBody VisitOutcomeRequest request) {
        return teamVisits.recordOutcome(id, request);
    }
}

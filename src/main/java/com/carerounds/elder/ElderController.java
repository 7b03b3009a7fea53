package com.carerounds.elder;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/elders")
class ElderController {

    private final ElderAdministration elders;

    ElderController(ElderAdministration elders) {
        this.elders = elders;
    }

    /** Staff: the center's elders (their own unless {@code centerId} names one); a doctor: their team's. */
    @Operation(summary = "List the elders of a health center.")
    @GetMapping
    List<ElderView> list(@RequestParam(required = false) Long centerId) {
        return elders.list(centerId);
    }

    @Operation(summary = "Read one elder with needs, conditions, availability and assessment history.")
    @GetMapping("/{id}")
    ElderView get(@PathVariable Long id) {
        return elders.get(id);
    }

    @Operation(summary = "Register an elder in a health center.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<ElderView> create(@Valid @RequestBody ElderRequest request) {
        ElderView created = elders.create(request);
        return ResponseEntity.created(URI.create("/api/elders/" + created.id())).body(created);
    }

    @Operation(summary = "Replace an elder's record.")
    @PutMapping("/{id}")
    ElderView update(@PathVariable Long id, @Valid @RequestBody ElderRequest request) {
        return elders.update(id, request);
    }

    @Operation(summary = "Delete an elder.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable Long id) {
        elders.delete(id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Set an elder's visit times (window, weekdays) from a date on; plans from then on follow them.")
    @PutMapping("/{id}/visit-times")
    ElderView visitTimes(@PathVariable Long id, @Valid @RequestBody VisitTimesRequest request) {
        return elders.changeVisitTimes(id, request);
    }

    @Operation(summary = "Record an ADL assessment for an elder.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/assessments")
    ResponseEntity<ElderView> addAssessment(@PathVariable Long id, @Valid @RequestBody AssessmentRequest request) {
        return ResponseEntity.status(201).body(elders.addAssessment(id, request));
    }
}

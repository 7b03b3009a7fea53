package com.carerounds.roster;

import com.carerounds.solver.RosterWeights;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The dispatcher's roster: create the month, solve it in the background, read it, publish it. */
@RestController
@RequestMapping("/api/rosters")
public class RosterController {

    private final RosterService rosters;
    private final RosterSolvingService solving;
    private final RosterQueries queries;

    public RosterController(RosterService rosters, RosterSolvingService solving, RosterQueries queries) {
        this.rosters = rosters;
        this.solving = solving;
        this.queries = queries;
    }

    public record CreateRosterRequest(@NotNull Long centerId, @NotNull YearMonth month) {
    }

    public record CreatedRoster(Long id, YearMonth month, RosterStatus status, int visits, List<DemandIssue> issues) {
    }

    @PostMapping
    ResponseEntity<CreatedRoster> create(@Valid @RequestBody CreateRosterRequest request) {
        RosterService.Created created = rosters.create(request.centerId(), request.month());
        Roster roster = created.roster();
        return ResponseEntity.created(URI.create("/api/rosters/" + roster.getId()))
                .body(new CreatedRoster(roster.getId(), roster.month(), roster.getStatus(), created.visits(),
                        created.issues()));
    }

    @PostMapping("/{id}/solve")
    ResponseEntity<RosterSolvingService.Status> solve(@PathVariable Long id) {
        solving.start(id, new RosterWeights());
        return ResponseEntity.accepted().body(solving.status(id));
    }

    @DeleteMapping("/{id}/solve")
    ResponseEntity<RosterSolvingService.Status> stop(@PathVariable Long id) {
        solving.stop(id);
        return ResponseEntity.accepted().body(solving.status(id));
    }

    @GetMapping("/{id}/status")
    RosterSolvingService.Status status(@PathVariable Long id) {
        return solving.status(id);
    }

    @GetMapping("/{id}")
    RosterView view(@PathVariable Long id) {
        return queries.view(id);
    }

    @PostMapping("/{id}/publish")
    RosterSolvingService.Status publish(@PathVariable Long id) {
        rosters.publish(id);
        return solving.status(id);
    }
}

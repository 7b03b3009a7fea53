package com.carerounds.roster;

import com.carerounds.account.Access;
import com.carerounds.kernel.NotFoundException;
import com.carerounds.kernel.PlausibleDate;
import com.carerounds.policy.PolicyAdministration;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The dispatcher's roster: create the month, solve it in the background, read it, publish it. */
@RestController
@RequestMapping("/api/rosters")
class RosterController {

    private final RosterService rosters;
    private final RosterSolvingService solving;
    private final RosterQueries queries;
    private final Access access;
    private final PolicyAdministration policies;
    private final RosterPins pins;
    private final RosterRevisions revisions;
    private final RouteMaps routeMaps;

    RosterController(RosterService rosters, RosterSolvingService solving, RosterQueries queries, Access access,
                     PolicyAdministration policies, RosterPins pins, RosterRevisions revisions, RouteMaps routeMaps) {
        this.routeMaps = routeMaps;
        this.pins = pins;
        this.revisions = revisions;
        this.rosters = rosters;
        this.solving = solving;
        this.queries = queries;
        this.access = access;
        this.policies = policies;
    }

    /** A dispatcher or administrator works on their own center's rosters only. */
    private Long guard(Long rosterId) {
        rosters.centerOf(rosterId);
        return rosterId;
    }

    public record CreateRosterRequest(@NotNull Long centerId, @NotNull @PlausibleDate YearMonth month) {
    }

    public record CreatedRoster(Long id, YearMonth month, RosterStatus status, int visits, List<DemandIssue> issues) {
    }

    @Operation(summary = "Create a center's roster for a month, with the visits its elders need.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<CreatedRoster> create(@Valid @RequestBody CreateRosterRequest request) {
        access.requireCenter(request.centerId());
        RosterService.Created created = rosters.create(request.centerId(), request.month());
        Roster roster = created.roster();
        return ResponseEntity.created(URI.create("/api/rosters/" + roster.getId()))
                .body(new CreatedRoster(roster.getId(), roster.month(), roster.getStatus(), created.visits(),
                        created.issues()));
    }

    /** Staff: their center's rosters (a deployment administrator names the center). */
    @Operation(summary = "List a center's rosters, latest month first, by month and status if given.")
    @GetMapping
    List<RosterSummary> list(@RequestParam(required = false) Long centerId,
                             @RequestParam(required = false) @PlausibleDate YearMonth month,
                             @RequestParam(required = false) RosterStatus status) {
        return queries.list(centerId, month, status);
    }

    @Operation(summary = "Start solving a roster in the background, or queue it behind running solves.")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping("/{id}/solve")
    ResponseEntity<RosterSolvingService.Status> solve(@PathVariable Long id) {
        solving.start(id, policies.weightsOf(rosters.centerOf(id)));
        return ResponseEntity.accepted().body(solving.status(id));
    }

    @Operation(summary = "Stop solving a roster, keeping the best plan found so far.")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @DeleteMapping("/{id}/solve")
    ResponseEntity<RosterSolvingService.Status> stop(@PathVariable Long id) {
        solving.stop(guard(id));
        return ResponseEntity.accepted().body(solving.status(id));
    }

    @Operation(summary = "Read a roster's solving status, score and number of unassigned visits.")
    @GetMapping("/{id}/status")
    RosterSolvingService.Status status(@PathVariable Long id) {
        return solving.status(guard(id));
    }

    @Operation(summary = "Read a roster with each visit's team, day and time.")
    @GetMapping("/{id}")
    RosterView view(@PathVariable Long id) {
        return queries.view(guard(id));
    }

    @Operation(summary = "Pin or unpin visits so that re-plans keep them: single visits, a team's day, or all up to a date.")
    @PutMapping("/{id}/pins")
    RosterPins.Changed pins(@PathVariable Long id, @Valid @RequestBody PinRequest request) {
        return pins.change(id, request);
    }

    @Operation(summary = "Publish a solved roster as its next revision; answers what changed for each team.")
    @PostMapping("/{id}/publish")
    RosterRevisions.Publication publish(@PathVariable Long id) {
        return rosters.publish(guard(id));
    }

    @Operation(summary = "List a roster's published revisions, the latest first, with how many visits each changed.")
    @GetMapping("/{id}/revisions")
    List<RosterRevisions.RevisionSummary> revisions(@PathVariable Long id) {
        return revisions.list(guard(id));
    }

    /** What publishing the roster's working plan would change, per team, against its published revision. */
    public record DraftChanges(Long rosterId, RosterStatus rosterStatus, Integer publishedRevision,
                               List<RosterRevisions.TeamChanges> teams) {
    }

    // Read again after a reload: the event's answer shows the proposal only once.
    @Operation(summary = "Read what publishing the roster's draft would change for each team against the published "
            + "revision (added, cancelled, moved); on a roster not yet published, every planned visit is added.")
    @GetMapping("/{id}/draft/changes")
    DraftChanges draftChanges(@PathVariable Long id) {
        RosterSolvingService.Status status = solving.status(guard(id));
        return new DraftChanges(id, status.rosterStatus(), status.publishedRevision(), rosters.pending(id));
    }

    @Operation(summary = "Read a team's route on one day for the map: the center, the stops in order, the legs.")
    @GetMapping("/{id}/route")
    RouteMaps.RouteMap route(@PathVariable Long id, @RequestParam Long teamId,
                             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @PlausibleDate LocalDate date) {
        return routeMaps.route(guard(id), teamId, date);
    }

    @Operation(summary = "Read a published revision of a roster with what it changed for each team.")
    @GetMapping("/{id}/revisions/{number}")
    RosterRevisions.Publication revision(@PathVariable Long id, @PathVariable int number) {
        return revisions.publication(guard(id), number)
                .orElseThrow(() -> new NotFoundException("revision " + number + " of roster", id));
    }
}

package com.carerounds.event;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dispatcher records what happens in a month; each event answers the visits it affects and a
 * re-plan proposal, a draft to publish.
 */
@RestController
@RequestMapping("/api/rosters/{id}/events")
class EventController {

    private final RosterEvents events;

    EventController(RosterEvents events) {
        this.events = events;
    }

    @Operation(summary = "List the month's events: what, who recorded it, when and why.")
    @GetMapping
    List<RosterEvents.EventView> list(@PathVariable Long id) {
        return events.list(id);
    }

    @Operation(summary = "A team cannot work on some dates: its visits move; answers them and the re-plan proposal.")
    @PostMapping("/team-unavailable")
    RosterEvents.Answer teamUnavailable(@PathVariable Long id, @Valid @RequestBody EventRequests.TeamUnavailable request) {
        return events.teamUnavailable(id, request);
    }

    @Operation(summary = "An elder is away or in hospital: visits in the period move after it or are cancelled.")
    @PostMapping("/elder-away")
    RosterEvents.Answer elderAway(@PathVariable Long id, @Valid @RequestBody EventRequests.ElderAway request) {
        return events.elderAway(id, request);
    }

    @Operation(summary = "An elder's contract ended or the elder died: the contract ends, remaining visits are cancelled.")
    @PostMapping("/contract-ended")
    RosterEvents.Answer contractEnded(@PathVariable Long id, @Valid @RequestBody EventRequests.ContractEnded request) {
        return events.contractEnded(id, request);
    }

    @Operation(summary = "An urgent or extra visit, placed within some days with the skills it needs.")
    @PostMapping("/urgent-visit")
    RosterEvents.Answer urgentVisit(@PathVariable Long id, @Valid @RequestBody EventRequests.UrgentVisit request) {
        return events.urgentVisit(id, request);
    }
}

package com.carerounds.team;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators keep their center's teams: members, weekly pattern, capacity and leave. */
@RestController
class TeamController {

    private final TeamAdministration teams;

    TeamController(TeamAdministration teams) {
        this.teams = teams;
    }

    @Operation(summary = "List the teams of a health center (by default the signed-in user's own).")
    @GetMapping("/api/teams")
    List<TeamView> list(@RequestParam(required = false) Long centerId) {
        return teams.list(centerId);
    }

    @Operation(summary = "Read one team with its members, working days, capacity and leave.")
    @GetMapping("/api/teams/{id}")
    TeamView get(@PathVariable Long id) {
        return teams.get(id);
    }

    @Operation(summary = "Create a team in a health center.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/teams")
    ResponseEntity<TeamView> create(@RequestParam(required = false) Long centerId, @Valid @RequestBody TeamBody body) {
        TeamView saved = teams.create(centerId, body);
        return ResponseEntity.created(URI.create("/api/teams/" + saved.id())).body(saved);
    }

    @Operation(summary = "Replace a team's name, travel mode, capacity, members, working days and leave; its code stays.")
    @PutMapping("/api/teams/{id}")
    TeamView update(@PathVariable Long id, @Valid @RequestBody TeamBody body) {
        return teams.update(id, body);
    }

    @Operation(summary = "Delete a team that no contract, planned visit or doctor account names any more.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/teams/{id}")
    ResponseEntity<Void> delete(@PathVariable Long id, @RequestParam int version) {
        teams.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}

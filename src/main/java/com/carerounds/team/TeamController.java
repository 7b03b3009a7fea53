package com.carerounds.team;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators keep their center's teams: members, weekly pattern, capacity and leave. */
@RestController
class TeamController {

    private final TeamAdministration teams;

    TeamController(TeamAdministration teams) {
        this.teams = teams;
    }

    @GetMapping("/api/teams")
    List<TeamView> list(@RequestParam(required = false) Long centerId) {
        return teams.list(centerId);
    }

    @GetMapping("/api/teams/{id}")
    TeamView get(@PathVariable Long id) {
        return teams.get(id);
    }

    @PostMapping("/api/teams")
    ResponseEntity<TeamView> create(@RequestParam(required = false) Long centerId, @Valid @RequestBody TeamBody body) {
        TeamView saved = teams.create(centerId, body);
        return ResponseEntity.created(URI.create("/api/teams/" + saved.id())).body(saved);
    }

    @PutMapping("/api/teams/{id}")
    TeamView update(@PathVariable Long id, @Valid @RequestBody TeamBody body) {
        return teams.update(id, body);
    }

    @DeleteMapping("/api/teams/{id}")
    ResponseEntity<Void> delete(@PathVariable Long id, @RequestParam int version) {
        teams.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/teams")
public class TeamController {

    private final TeamAdministration teams;

    public TeamController(TeamAdministration teams) {
        this.teams = teams;
    }

    /** The teams of a center: the user's own unless {@code centerId} names one (deployment administrators). */
    @GetMapping
    List<TeamView> list(@RequestParam(required = false) Long centerId) {
        return teams.list(centerId);
    }

    @GetMapping("/{id}")
    TeamView get(@PathVariable Long id) {
        return teams.get(id);
    }

    @PostMapping
    ResponseEntity<TeamView> create(@Valid @RequestBody TeamRequest request) {
        TeamView created = teams.create(request);
        return ResponseEntity.created(URI.create("/api/teams/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    TeamView update(@PathVariable Long id, @Valid @RequestBody TeamRequest request) {
        return teams.update(id, request);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable Long id) {
        teams.delete(id);
        return ResponseEntity.noContent().build();
    }
}

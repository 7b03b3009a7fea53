package com.carerounds.team;

import com.carerounds.account.Access;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;
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
public class TeamController {

    private final TeamRepository teams;
    private final Access access;
    private final JdbcTemplate jdbc;

    public TeamController(TeamRepository teams, Access access, JdbcTemplate jdbc) {
        this.teams = teams;
        this.access = access;
        this.jdbc = jdbc;
    }

    @Operation(summary = "List the teams of a health center (by default the signed-in user's own).")
    @GetMapping("/api/teams")
    List<TeamView> list(@RequestParam(required = false) Long centerId) {
        return teams.findByCenterIdOrderByCode(access.centerOf(centerId)).stream().map(TeamView::of).toList();
    }

    @Operation(summary = "Read one team with its members, working days, capacity and leave.")
    @GetMapping("/api/teams/{id}")
    TeamView get(@PathVariable Long id) {
        return TeamView.of(owned(id));
    }

    @Operation(summary = "Create a team in a health center.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/teams")
    ResponseEntity<TeamView> create(@RequestParam(required = false) Long centerId, @Valid @RequestBody TeamBody body) {
        Team team = new Team(access.centerOf(centerId), body.code(), body.name(), body.travelMode(),
                new Capacity(body.maxVisitMinutes(), body.maxVisits()), members(body), body.workingDays());
        leave(body).forEach(team::addLeave);
        Team saved = teams.save(team);
        return ResponseEntity.created(URI.create("/api/teams/" + saved.getId())).body(TeamView.of(saved));
    }

    @Operation(summary = "Replace a team's name, travel mode, capacity, members, working days and leave; its code stays.")
    @PutMapping("/api/teams/{id}")
    @Transactional
    TeamView update(@PathVariable Long id, @Valid @RequestBody TeamBody body) {
        Team team = current(id, body.version());
        if (!team.getCode().equals(body.code())) {
            throw new IllegalArgumentException("a team's code does not change; create a new team instead");
        }
        team.rename(body.name());
        team.changeTravelMode(body.travelMode());
        team.changeCapacity(new Capacity(body.maxVisitMinutes(), body.maxVisits()));
        team.replaceMembers(members(body));
        team.replaceWorkingDays(body.workingDays());
        team.replaceLeave(leave(body));
        return TeamView.of(teams.save(team));
    }

    /** Refused while contracts or planned visits still name the team: move them first. */
    @Operation(summary = "Delete a team that no contract, planned visit or doctor account names any more.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/api/teams/{id}")
    @Transactional
    ResponseEntity<Void> delete(@PathVariable Long id, @RequestParam int version) {
        Team team = current(id, version);
        Integer contracts = jdbc.queryForObject("select count(*) from contract where team_id = ?", Integer.class, id);
        Integer visits = jdbc.queryForObject("select count(*) from visit where team_id = ?", Integer.class, id);
        Integer accounts = jdbc.queryForObject("select count(*) from account where team_id = ?", Integer.class, id);
        if (contracts + visits + accounts > 0) {
            throw new TeamInUseException("team " + team.getName() + " still has " + contracts + " contract(s), "
                    + visits + " planned visit(s) and " + accounts + " doctor account(s)");
        }
        teams.delete(team);
        return ResponseEntity.noContent().build();
    }

    private Team owned(Long id) {
        Team team = teams.findById(id).orElseThrow(() -> new TeamNotFoundException(id));
        access.requireCenter(team.getCenterId());
        return team;
    }

    private Team current(Long id, Integer version) {
        Team team = owned(id);
        if (version == null || team.getVersion() != version) {
            throw new OptimisticLockingFailureException("team " + id + " is at version " + team.getVersion());
        }
        return team;
    }

    private static List<TeamMember> members(TeamBody body) {
        return body.members().stream().map(m -> new TeamMember(m.name(), m.role())).toList();
    }

    private static List<Leave> leave(TeamBody body) {
        return body.leave() == null ? List.of()
                : body.leave().stream().map(l -> new Leave(l.startDate(), l.endDate(), l.reason())).toList();
    }
}

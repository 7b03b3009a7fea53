package com.carerounds.team;

import com.carerounds.account.Access;
import com.carerounds.account.AccountRepository;
import com.carerounds.contract.ContractRepository;
import com.carerounds.roster.VisitRepository;
import com.carerounds.web.ConflictException;
import com.carerounds.web.InvalidFieldException;
import com.carerounds.web.NotFoundException;
import com.carerounds.web.Versions;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Family-doctor teams of the administrator's center: members, weekly pattern, daily capacity, leave. */
@Service
public class TeamAdministration {

    private final TeamRepository teams;
    private final ContractRepository contracts;
    private final VisitRepository visits;
    private final AccountRepository accounts;
    private final Access access;

    public TeamAdministration(TeamRepository teams, ContractRepository contracts, VisitRepository visits,
                              AccountRepository accounts, Access access) {
        this.teams = teams;
        this.contracts = contracts;
        this.visits = visits;
        this.accounts = accounts;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<TeamView> list(Long centerId) {
        return teams.findByCenterIdOrderByCode(access.centerOf(centerId)).stream().map(TeamView::of).toList();
    }

    /** A doctor may read their own team; staff of the center any of its teams. */
    @Transactional(readOnly = true)
    public TeamView get(Long id) {
        Team team = teams.findById(id).orElseThrow(() -> new NotFoundException("team", id));
        access.requireTeam(id);
        return TeamView.of(team);
    }

    @Transactional
    public TeamView create(TeamRequest request) {
        Long centerId = access.centerOf(request.centerId());
        if (teams.findByCenterIdAndCode(centerId, request.code()).isPresent()) {
            throw new ConflictException("the center already has a team with code " + request.code());
        }
        Team team = new Team(centerId, request.code(), request.name(), request.travelMode(),
                new Capacity(request.maxVisitMinutes(), request.maxVisits()), request.teamMembers(),
                request.workingDays());
        team.replaceLeave(request.leavePeriods());
        return TeamView.of(teams.save(team));
    }

    /** Code and center stay: contracts, visits and datasets refer to them. */
    @Transactional
    public TeamView update(Long id, TeamRequest request) {
        Team team = find(id);
        Versions.require("team", id, team.getVersion(), request.version());
        if (!team.getCode().equals(request.code())) {
            throw new InvalidFieldException("code", "a team's code cannot change: datasets refer to it");
        }
        if (request.centerId() != null && !request.centerId().equals(team.getCenterId())) {
            throw new InvalidFieldException("centerId", "a team cannot move to another center");
        }
        team.rename(request.name());
        team.changeTravelMode(request.travelMode());
        team.changeCapacity(new Capacity(request.maxVisitMinutes(), request.maxVisits()));
        team.replaceMembers(request.teamMembers());
        team.replaceWorkingDays(request.workingDays());
        team.replaceLeave(request.leavePeriods());
        return TeamView.of(teams.save(team));
    }

    @Transactional
    public void delete(Long id) {
        Team team = find(id);
        long contractCount = contracts.findByTeamId(id).size();
        long visitCount = visits.countByTeamId(id);
        long doctorCount = accounts.countByTeamId(id);
        if (contractCount + visitCount + doctorCount > 0) {
            throw new ConflictException("team " + team.getCode() + " still has " + contractCount + " contract(s), "
                    + visitCount + " visit(s) in rosters and " + doctorCount + " doctor account(s); move them to "
                    + "another team and re-plan first");
        }
        teams.delete(team);
    }

    private Team find(Long id) {
        Team team = teams.findById(id).orElseThrow(() -> new NotFoundException("team", id));
        access.requireCenter(team.getCenterId());
        return team;
    }
}

package com.carerounds.team;

import com.carerounds.account.Access;
import com.carerounds.account.AccountProvisioning;
import com.carerounds.center.CenterReferences;
import com.carerounds.kernel.InvalidFieldException;
import com.carerounds.kernel.NotFoundException;
import com.carerounds.kernel.References;
import com.carerounds.kernel.Versions;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators keep their center's teams: members, weekly pattern, capacity and leave. */
@Service
public class TeamAdministration implements CenterReferences {

    private final TeamRepository teams;
    private final List<TeamReferences> referrers;
    private final AccountProvisioning accounts;
    private final Access access;
    private final ApplicationEventPublisher events;

    public TeamAdministration(TeamRepository teams, List<TeamReferences> referrers, AccountProvisioning accounts,
                              Access access, ApplicationEventPublisher events) {
        this.events = events;
        this.teams = teams;
        this.referrers = referrers;
        this.accounts = accounts;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<TeamView> list(Long centerId) {
        return teams.findByCenterIdOrderByCode(access.centerOf(centerId)).stream().map(TeamView::of).toList();
    }

    @Transactional(readOnly = true)
    public TeamView get(Long id) {
        return TeamView.of(find(id));
    }

    /** The team of the id, checked against the signed-in user's center: for features that act on a team. */
    @Transactional(readOnly = true)
    public Team find(Long id) {
        return teams.findById(id).filter(team -> access.worksAt(team.getCenterId()))
                .orElseThrow(() -> new NotFoundException("team", id));
    }

    /** The center a team belongs to, null for no such team: to check who may see the team's records. */
    @Transactional(readOnly = true)
    public Long centerIdOf(Long teamId) {
        return teams.findById(teamId).map(Team::getCenterId).orElse(null);
    }

    /** Whether the team exists and is one of the center's: a team named in another record must be. */
    @Transactional(readOnly = true)
    public boolean isOfCenter(Long teamId, Long centerId) {
        return teams.findById(teamId).map(team -> team.getCenterId().equals(centerId)).orElse(false);
    }

    @Transactional
    public TeamView create(Long centerId, TeamBody body) {
        Team team = new Team(access.centerOf(centerId), body.code(), body.name(), body.travelMode(),
                new Capacity(body.maxVisitMinutes(), body.maxVisits()), members(body), body.workingDays());
        leave(body).forEach(team::addLeave);
        return TeamView.of(teams.save(team));
    }

    @Transactional
    public TeamView update(Long id, TeamBody body) {
        Team team = current(id, body.version());
        if (!team.getCode().equals(body.code())) {
            throw new InvalidFieldException("code", "a team's code does not change; create a new team instead");
        }
        team.rename(body.name());
        team.changeTravelMode(body.travelMode());
        team.changeCapacity(new Capacity(body.maxVisitMinutes(), body.maxVisits()));
        team.replaceMembers(members(body));
        team.replaceWorkingDays(body.workingDays());
        team.replaceLeave(leave(body));
        TeamView saved = TeamView.of(teams.save(team));
        events.publishEvent(new TeamAvailabilityChanged(id));
        return saved;
    }

    /** Refused while contracts, planned visits or doctor accounts still name the team: move them first. */
    @Transactional
    public void delete(Long id, Integer version) {
        Team team = current(id, version);
        References.requireNone("team " + team.getName(), Stream.concat(
                referrers.stream().map(r -> r.toTeam(id)), Stream.of(accounts.ofTeam(id))).toList());
        teams.delete(team);
    }

    @Override
    public References toCenter(Long centerId) {
        return new References(teams.countByCenterId(centerId), "team(s)");
    }

    private Team current(Long id, Integer version) {
        Team team = find(id);
        Versions.require("team", id, team.getVersion(), version);
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

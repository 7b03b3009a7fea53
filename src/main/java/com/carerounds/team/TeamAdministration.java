package com.carerounds.team;

import com.carerounds.account.Access;
import com.carerounds.account.AccountProvisioning;
import com.carerounds.audit.AuditTrail;
import com.carerounds.audit.AuditedEntity;
import com.carerounds.audit.AuditedFields;
import com.carerounds.center.CenterReferences;
import com.carerounds.kernel.ConflictException;
import com.carerounds.kernel.InvalidFieldException;
import com.carerounds.kernel.NotFoundException;
import com.carerounds.kernel.References;
import com.carerounds.kernel.Versions;
import java.util.ArrayList;
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
    private final AuditTrail audit;
    private final Access access;
    private final ApplicationEventPublisher events;

    public TeamAdministration(TeamRepository teams, List<TeamReferences> referrers, AccountProvisioning accounts,
                              AuditTrail audit, Access access, ApplicationEventPublisher events) {
        this.audit = audit;
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
        Long center = access.centerOf(centerId);
        if (teams.findByCenterIdAndCode(center, body.code()).isPresent()) {
            throw new ConflictException("the center already has a team with code " + body.code());
        }
        Team team = new Team(center, body.code(), body.name(), body.travelMode(),
                new Capacity(body.maxVisitMinutes(), body.maxVisits()), members(body), body.workingDays());
        leave(body).forEach(team::addLeave);
        Team saved = teams.save(team);
        audit.created(AuditedEntity.TEAM, saved.getId(), saved.getCenterId(), TeamAudit.of(saved));
        return TeamView.of(saved);
    }

    @Transactional
    public TeamView update(Long id, TeamBody body) {
        Team team = current(id, body.version());
        if (!team.getCode().equals(body.code())) {
            throw new InvalidFieldException("code", "a team's code does not change; create a new team instead");
        }
        AuditedFields before = TeamAudit.of(team);
        team.rename(body.name());
        team.changeTravelMode(body.travelMode());
        team.changeCapacity(new Capacity(body.maxVisitMinutes(), body.maxVisits()));
        team.replaceMembers(members(body));
        team.replaceWorkingDays(body.workingDays());
        team.replaceLeave(leave(body));
        TeamView saved = TeamView.of(saved(team, before));
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
        audit.deleted(AuditedEntity.TEAM, id, team.getCenterId(), TeamAudit.of(team));
    }

    /** Saves a change of the team, with its entry in the audit trail: for every feature that changes a team. */
    @Transactional
    public Team saved(Team team, AuditedFields before) {
        Team saved = teams.save(team);
        audit.updated(AuditedEntity.TEAM, saved.getId(), saved.getCenterId(), before, TeamAudit.of(saved));
        return saved;
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

    /** Each period ends on or after its start, and no two overlap (the database keys leave by its start). */
    private static List<Leave> leave(TeamBody body) {
        List<TeamBody.LeavePeriod> periods = body.leave() == null ? List.of() : body.leave();
        List<Leave> leave = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            TeamBody.LeavePeriod period = periods.get(i);
            if (period.endDate().isBefore(period.startDate())) {
                throw new InvalidFieldException("leave[" + i + "].endDate", "must be on or after startDate");
            }
            Leave added = new Leave(period.startDate(), period.endDate(), period.reason());
            for (int j = 0; j < leave.size(); j++) {
                Leave other = leave.get(j);
                if (added.overlaps(other)) {
                    throw new InvalidFieldException("leave[" + i + "]", "overlaps leave[" + j + "] ("
                            + other.startDate() + " to " + other.endDate() + "): join them into one period");
                }
            }
            leave.add(added);
        }
        return leave;
    }
}

package com.carerounds.visit;

import com.carerounds.account.Access;
import com.carerounds.audit.AuditEntry;
import com.carerounds.audit.AuditTrail;
import com.carerounds.audit.AuditedEntity;
import com.carerounds.audit.AuditedFields;
import com.carerounds.elder.ElderCards;
import com.carerounds.elder.ElderCards.ElderCard;
import com.carerounds.kernel.ConflictException;
import com.carerounds.kernel.NotFoundException;
import com.carerounds.kernel.Versions;
import com.carerounds.team.TeamAdministration;
import com.carerounds.visit.PublishedVisits.Stop;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A team's published visits for a day or a week, and the outcomes its doctors record. */
@Service
public class TeamVisits {

    /** A list covers at most a month: enough for any planning view, bounded for the phone app. */
    private static final int MAX_DAYS = 31;

    private final VisitRepository visits;
    private final PublishedVisits published;
    private final ElderCards elders;
    private final Clock clock;
    private final TeamAdministration teams;
    private final AuditTrail audit;
    private final Access access;

    TeamVisits(VisitRepository visits, PublishedVisits published, ElderCards elders, Clock clock,
               TeamAdministration teams, AuditTrail audit, Access access) {
        this.audit = audit;
        this.visits = visits;
        this.published = published;
        this.elders = elders;
        this.clock = clock;
        this.teams = teams;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<DoctorVisit> list(Long teamId, LocalDate from, LocalDate to) {
        access.requireTeam(teamId, () -> teams.centerIdOf(teamId));
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must be on or after from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("a visit list covers at most " + MAX_DAYS + " days");
        }
        List<Stop> found = published.of(teamId, from, to);
        Map<Long, ElderCard> cards = elders.of(found.stream().map(Stop::elderId).toList());
        return found.stream().map(stop -> view(stop, cards.get(stop.elderId()))).toList();
    }

    /**
     * A doctor records outcomes of their own team's published visits only (any other visit is answered
     * as missing: its elder's details are not the doctor's to see), and only once the visit's day has come.
     */
    @Transactional
    public DoctorVisit recordOutcome(Long visitId, VisitOutcomeRequest request) {
        Long teamId = access.user().teamId();
        Visit visit = (teamId == null ? Optional.<Visit>empty() : visits.findPublishedOfTeam(visitId, teamId))
                .orElseThrow(() -> new NotFoundException("visit", visitId));
        LocalDate today = LocalDate.now(clock);
        if (visit.getVisitDate().isAfter(today)) {
            throw new ConflictException("visit " + visitId + " is planned for " + visit.getVisitDate()
                    + "; its outcome can be recorded from that day on");
        }
        // A correction replaces what a colleague may have recorded meanwhile: only on the version they saw.
        boolean correction = visit.getStatus() != VisitStatus.PLANNED;
        int stored = visit.getVersion();
        AuditedFields before = outcome(visit);
        if (visit.recordOutcome(request.status(), request.missedReason(), request.notes(), clock.instant())) {
            if (correction) {
                Versions.require("visit", visitId, stored, request.version());
            }
            visit = visits.save(visit);
            audit.updated(AuditedEntity.VISIT, visitId, teams.centerIdOf(teamId), before, outcome(visit));
        }
        return view(Stop.of(visit), elders.of(List.of(visit.getElderId())).get(visit.getElderId()));
    }

    /**
     * Who recorded or corrected a visit's outcome, when, and what changed: for the doctors of the team
     * that has the visit published (any other visit is answered as missing, as for recording).
     */
    @Transactional(readOnly = true)
    public List<AuditEntry> history(Long visitId) {
        Long teamId = access.user().teamId();
        if (teamId == null || visits.findPublishedOfTeam(visitId, teamId).isEmpty()) {
            throw new NotFoundException("visit", visitId);
        }
        return audit.ofRecord(AuditedEntity.VISIT, visitId);
    }

    /** The notes may tell of the elder's health: the trail says that they changed, not what they say. */
    private static AuditedFields outcome(Visit visit) {
        return AuditedFields.none()
                .with("status", visit.getStatus())
                .with("missedReason", visit.getMissedReason())
                .withProtected("notes", visit.getOutcomeNotes(), "***");
    }

    private static DoctorVisit view(Stop v, ElderCard elder) {
        return new DoctorVisit(v.id(), v.version(), v.date(), v.position(), v.plannedStart(), v.durationMinutes(),
                elder.id(), elder.name(), elder.address(), elder.phone(), v.kind() == VisitKind.HOME_HOSPITAL_BED,
                v.kind(), elder.needs(), elder.conditions(), v.status(), v.missedReason(), v.notes());
    }
}

package com.carerounds.elder;

import com.carerounds.account.Access;
import com.carerounds.account.Role;
import com.carerounds.account.SignedInUser;
import com.carerounds.audit.AuditTrail;
import com.carerounds.audit.AuditedEntity;
import com.carerounds.audit.AuditedFields;
import com.carerounds.center.CenterReferences;
import com.carerounds.center.HealthCenter;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.geo.Location;
import com.carerounds.kernel.ConflictException;
import com.carerounds.kernel.InvalidFieldException;
import com.carerounds.kernel.NotFoundException;
import com.carerounds.kernel.References;
import com.carerounds.kernel.Versions;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The center's register of contracted elders. Staff see their center's elders; a doctor only the
 * elders contracted to their team.
 */
@Service
public class ElderAdministration implements CenterReferences {

    private final ElderRepository elders;
    private final TeamElders teamElders;
    private final List<ElderReferences> referrers;
    private final NationalIdRegister nationalIds;
    private final AuditTrail audit;
    private final Access access;
    private final HealthCenterRepository centers;
    private final VisitLength visitLength;
    private final ApplicationEventPublisher events;

    public ElderAdministration(ElderRepository elders, TeamElders teamElders, List<ElderReferences> referrers,
                               NationalIdRegister nationalIds, AuditTrail audit, Access access,
                               HealthCenterRepository centers, VisitLength visitLength, ApplicationEventPublisher events) {
        this.centers = centers;
        this.visitLength = visitLength;
        this.events = events;
        this.audit = audit;
        this.elders = elders;
        this.teamElders = teamElders;
        this.referrers = referrers;
        this.nationalIds = nationalIds;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public List<ElderView> list(Long centerId) {
        SignedInUser user = access.user();
        List<Elder> found = user.role() == Role.DOCTOR
                ? elders.findAllById(teamElders.elderIdsOf(user.teamId()))
                : elders.findByCenterId(access.centerOf(centerId));
        return found.stream().sorted(Comparator.comparing(Elder::getCode)).map(this::view).toList();
    }

    /** A doctor reads the elders contracted to their team; any other elder is answered as missing. */
    @Transactional(readOnly = true)
    public ElderView get(Long id) {
        SignedInUser user = access.user();
        Optional<Elder> elder = user.role() == Role.DOCTOR
                ? elders.findById(id).filter(e -> teamElders.isContractedTo(id, user.teamId()))
                : visible(id);
        return view(elder.orElseThrow(() -> new NotFoundException("elder", id)));
    }

    @Transactional
    public ElderView create(ElderRequest request) {
        Long centerId = access.centerOf(request.centerId());
        if (elders.findByCenterIdAndCode(centerId, request.code()).isPresent()) {
            throw new ConflictException("the center already has an elder with code " + request.code());
        }
        Person person = person(request);
        requireUnregistered(person.nationalId());
        Elder elder = new Elder(centerId, request.code(), person, request.address(), location(request));
        apply(elder, request);
        Elder saved = elders.save(elder);
        audit.created(AuditedEntity.ELDER, saved.getId(), centerId, ElderAudit.of(saved));
        return view(saved);
    }

    /** Code and center stay: contracts, visits and datasets refer to them. */
    @Transactional
    public ElderView update(Long id, ElderRequest request) {
        Elder elder = find(id);
        Versions.require("elder", id, elder.getVersion(), request.version());
        if (!elder.getCode().equals(request.code())) {
            throw new InvalidFieldException("code", "an elder's code cannot change: datasets refer to it");
        }
        if (request.centerId() != null && !request.centerId().equals(elder.getCenterId())) {
            throw new InvalidFieldException("centerId", "an elder cannot move to another center here; "
                    + "end the contract and register the elder there");
        }
        Person person = person(request);
        if (!elder.getPerson().nationalId().equals(person.nationalId())) {
            requireUnregistered(person.nationalId());
        }
        AuditedFields before = ElderAudit.of(elder);
        VisitTimes timesBefore = elder.visitTimesOn(LocalDate.MIN);
        elder.updatePerson(person);
        elder.moveTo(request.address(), location(request));
        apply(elder, request);
        ElderView saved = view(saved(elder, before));
        if (!elder.visitTimesOn(LocalDate.MIN).equals(timesBefore)) {
            events.publishEvent(new ElderVisitTimesChanged(id, elder.getCenterId(), null));
        }
        return saved;
    }

    /**
     * The elder's visit times from a date on (a change of the same date is replaced); plans from that
     * date on that no longer keep them are to be re-planned, what is planned before stays.
     */
    @Transactional
    public ElderView changeVisitTimes(Long id, VisitTimesRequest request) {
        Elder elder = find(id);
        Versions.require("elder", id, elder.getVersion(), request.version());
        TimeWindow window = request.visitWindow() == null ? null : request.visitWindow().toTimeWindow();
        requireWindowHoldsAVisit(elder, window);
        AuditedFields before = ElderAudit.of(elder);
        elder.changeVisitTimes(VisitTimes.of(request.from(), window, VisitWeekdays.of(request.visitWeekdays())));
        ElderView saved = view(saved(elder, before));
        events.publishEvent(new ElderVisitTimesChanged(id, elder.getCenterId(), request.from()));
        return saved;
    }

    /** Inside the center's home-visit hours, in whole minutes, and long enough for the elder's visit. */
    private void requireWindowHoldsAVisit(Elder elder, TimeWindow window) {
        if (window == null) {
            return;
        }
        HealthCenter center = centers.findById(elder.getCenterId()).orElseThrow();
        window.problem(center.getVisitStart(), center.getVisitEnd(), visitLength.minutesOf(elder))
                .ifPresent(reason -> {
                    throw new InvalidFieldException("visitWindow", reason);
                });
    }

    /** History is kept; the latest assessment by date sets the visit frequency of the next roster. */
    @Transactional
    public ElderView addAssessment(Long id, AssessmentRequest request) {
        Elder elder = find(id);
        AuditedFields before = ElderAudit.of(elder);
        elder.addAssessment(new AdlAssessment(request.assessedOn(), request.score(), request.assessor()));
        return view(saved(elder, before));
    }

    /** The elder cannot be visited on these dates too (away, in hospital): for the events of a month. */
    @Transactional
    public Elder addUnavailableDates(Long id, Collection<LocalDate> dates) {
        Elder elder = find(id);
        AuditedFields before = ElderAudit.of(elder);
        Set<LocalDate> unavailable = new HashSet<>(elder.getUnavailableDates());
        if (!unavailable.addAll(dates)) {
            return elder;
        }
        elder.replaceUnavailableDates(unavailable);
        return saved(elder, before);
    }

    @Transactional
    public void delete(Long id) {
        Elder elder = find(id);
        References.requireNone("elder " + elder.getCode(), referrers.stream().map(r -> r.toElder(id)).toList());
        elders.delete(elder);
        audit.deleted(AuditedEntity.ELDER, id, elder.getCenterId(), ElderAudit.of(elder));
    }

    private Elder saved(Elder elder, AuditedFields before) {
        Elder saved = elders.save(elder);
        audit.updated(AuditedEntity.ELDER, saved.getId(), saved.getCenterId(), before, ElderAudit.of(saved));
        return saved;
    }

    @Override
    public References toCenter(Long centerId) {
        return new References(elders.countByCenterId(centerId), "elder(s)");
    }

    /** The elder of the id, checked against the signed-in user's center: for features that act on an elder. */
    @Transactional(readOnly = true)
    public Elder find(Long id) {
        return visible(id).orElseThrow(() -> new NotFoundException("elder", id));
    }

    /** The elder if it exists at a center the signed-in staff member works at; empty for another center's. */
    @Transactional(readOnly = true)
    public Optional<Elder> visible(Long id) {
        return elders.findById(id).filter(elder -> access.worksAt(elder.getCenterId()));
    }

    private ElderView view(Elder elder) {
        return ElderView.of(elder, access.user().role() == Role.ADMIN);
    }

    private void requireUnregistered(String nationalId) {
        if (nationalIds.isRegistered(nationalId)) {
            throw new ConflictException("an elder with this national ID number is already registered");
        }
    }

    private static Person person(ElderRequest r) {
        if (!NationalId.isValid(r.nationalId())) {
            throw new InvalidFieldException("nationalId", "must be 18 characters with a valid check character");
        }
        return new Person(r.name(), r.sex(), r.birthDate(), r.nationalId().toUpperCase(), r.phone());
    }

    private static Location location(ElderRequest r) {
        return new Location(r.latitude(), r.longitude());
    }

    private void apply(Elder elder, ElderRequest r) {
        elder.replaceCategories(orEmpty(r.categories()));
        elder.replaceConditions(orEmpty(r.chronicConditions()));
        elder.replaceNeeds(orEmpty(r.needs()));
        elder.replaceUnavailableDates(orEmpty(r.unavailableDates()));
        elder.preferHalfDay(r.preferredHalfDay());
        elder.visitOnlyOn(orEmpty(r.visitWeekdays()));
        TimeWindow window = r.visitWindow() == null ? null : r.visitWindow().toTimeWindow();
        requireWindowHoldsAVisit(elder, window);
        elder.visitWithin(window);
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }
}

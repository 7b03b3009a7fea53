package com.carerounds.roster;

import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderRepository;
import com.carerounds.visit.MissedReason;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitKind;
import com.carerounds.visit.VisitRepository;
import com.carerounds.visit.VisitStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each elder's monthly quota and how it stands: what the month asks for (its visits, with what the month
 * before owed), what is planned, done and missed, what make-ups cover and what is still owed.
 */
@Service
public class RosterCoverage {

    private final RosterRepository rosters;
    private final VisitRepository visits;
    private final ElderRepository elders;

    public RosterCoverage(RosterRepository rosters, VisitRepository visits, ElderRepository elders) {
        this.rosters = rosters;
        this.visits = visits;
        this.elders = elders;
    }

    /** A visit that makes up, this month, for one missed in the month before, with why that one was missed. */
    public record Carried(Long visitId, Long missedVisitId, LocalDate missedOn, MissedReason missedReason) {
    }

    /**
     * One elder's month. {@code required}: the month's visits not cancelled, with those carried in from the
     * month before; {@code planned}: on a route and not yet made; {@code unassigned}: waiting for a place;
     * {@code madeUp}: make-ups of missed visits done or planned; {@code owed}: required less done and
     * planned, what the month is short unless more is placed (carried into the next month once it is
     * planned); {@code carriedForward}: make-ups handed to the next month; {@code cancelled}: visits no
     * longer asked for (contract ended, elder away); {@code extra}: urgent visits, beside the quota.
     */
    public record ElderCoverage(Long elderId, String elderCode, String elderName, boolean homeHospitalBed,
                                int required, int planned, int unassigned, int done, int missed, int madeUp, int owed,
                                int carriedForward, int cancelled, int extra, List<Carried> carriedIn) {

        public boolean fullQuota() {
            return done >= required;
        }
    }

    public record Coverage(Long rosterId, YearMonth month, int elders, int eldersOwed, int visitsOwed,
                           List<ElderCoverage> coverage) {
    }

    @Transactional(readOnly = true)
    public Coverage of(Long rosterId) {
        Roster roster = rosters.findById(rosterId).orElseThrow(() -> new RosterNotFoundException(rosterId));
        List<Visit> all = visits.findByRosterId(rosterId);
        Set<Long> own = all.stream().map(Visit::getId).collect(Collectors.toSet());
        Map<Long, Visit> missedBefore = visits.findAllById(all.stream().map(Visit::getMakesUpVisitId)
                        .filter(id -> id != null && !own.contains(id)).distinct().toList()).stream()
                .collect(Collectors.toMap(Visit::getId, Function.identity()));
        Map<Long, List<Visit>> byElder = all.stream().collect(Collectors.groupingBy(Visit::getElderId));
        Map<Long, Elder> elderById = elders.findAllById(byElder.keySet()).stream()
                .collect(Collectors.toMap(Elder::getId, Function.identity()));
        List<ElderCoverage> coverage = byElder.entrySet().stream()
                .map(e -> of(elderById.get(e.getKey()), e.getValue(), own, missedBefore))
                .sorted(Comparator.comparing(ElderCoverage::elderCode))
                .toList();
        return new Coverage(rosterId, roster.month(), coverage.size(),
                (int) coverage.stream().filter(c -> c.owed() > 0).count(),
                coverage.stream().mapToInt(ElderCoverage::owed).sum(), coverage);
    }

    private static ElderCoverage of(Elder elder, List<Visit> visits, Set<Long> own, Map<Long, Visit> missedBefore) {
        Predicate<Visit> extra = v -> v.getDueBy() != null;
        Predicate<Visit> makeUp = v -> v.getMakesUpVisitId() != null && own.contains(v.getMakesUpVisitId());
        Predicate<Visit> cancelled = v -> v.getStatus() == VisitStatus.CANCELLED;
        List<Visit> quota = visits.stream().filter(extra.negate().and(cancelled.negate())).toList();
        int required = (int) quota.stream().filter(makeUp.negate()).count();
        int planned = count(quota, v -> v.getStatus() == VisitStatus.PLANNED && v.isAssigned());
        int done = count(quota, v -> v.getStatus() == VisitStatus.DONE);
        List<Carried> carriedIn = quota.stream()
                .filter(v -> v.getMakesUpVisitId() != null && missedBefore.containsKey(v.getMakesUpVisitId()))
                .map(v -> {
                    Visit missed = missedBefore.get(v.getMakesUpVisitId());
                    return new Carried(v.getId(), missed.getId(), missed.getVisitDate(), missed.getMissedReason());
                })
                .toList();
        return new ElderCoverage(elder.getId(), elder.getCode(), elder.getPerson().name(),
                visits.stream().anyMatch(v -> v.getKind() == VisitKind.HOME_HOSPITAL_BED), required, planned,
                count(quota, v -> v.getStatus() == VisitStatus.PLANNED && !v.isAssigned()), done,
                count(quota, v -> v.getStatus() == VisitStatus.MISSED),
                count(quota, makeUp.and(v -> v.getStatus() == VisitStatus.DONE || v.isAssigned())),
                Math.max(0, required - done - planned),
                count(visits, makeUp.and(v -> MonthDemand.CARRIED_FORWARD.equals(v.getUnassignedReason()))),
                count(visits, extra.negate().and(makeUp.negate()).and(cancelled)),
                count(visits, extra.and(cancelled.negate())), carriedIn);
    }

    private static int count(List<Visit> visits, Predicate<Visit> which) {
        return (int) visits.stream().filter(which).count();
    }
}

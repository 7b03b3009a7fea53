package com.carerounds.roster;

import com.carerounds.contract.Contract;
import com.carerounds.elder.AdlAssessment;
import com.carerounds.elder.Elder;
import com.carerounds.policy.FrequencyTier;
import com.carerounds.policy.VisitPolicy;
import com.carerounds.team.Skill;
import com.carerounds.team.SkillSet;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The visits a month's roster must hold, from the visit policy: frequency from the elder's latest ADL
 * score, pro-rated when the contract starts or ends inside the month; kind, duration and required
 * skills from the home-hospital-bed threshold and the elder's needs.
 */
public final class VisitDemand {

    private final VisitPolicy policy;
    private final YearMonth month;

    public VisitDemand(VisitPolicy policy, YearMonth month) {
        this.policy = policy;
        this.month = month;
    }

    public record Result(List<Visit> visits, List<DemandIssue> issues) {
    }

    public Result visitsFor(Long rosterId, Collection<Elder> elders, Map<Long, List<Contract>> contractsByElder) {
        List<Visit> visits = new ArrayList<>();
        List<DemandIssue> issues = new ArrayList<>();
        for (Elder elder : elders) {
            Optional<Contract> contract = contractIn(contractsByElder.getOrDefault(elder.getId(), List.of()));
            if (contract.isEmpty()) {
                continue;
            }
            Optional<AdlAssessment> assessment = elder.latestAssessmentOn(month.atEndOfMonth());
            if (assessment.isEmpty()) {
                issues.add(new DemandIssue(elder.getId(), elder.getCode(), elder.getPerson().name(),
                        DemandIssue.Reason.NO_ADL_ASSESSMENT));
                continue;
            }
            int count = proRated(policy.tierFor(assessment.get().score()), contract.get());
            for (int n = 1; n <= count; n++) {
                visits.add(visitOf(rosterId, elder, assessment.get(), n));
            }
        }
        return new Result(visits, issues);
    }

    /**
     * One visit to the elder as the policy has it: kind, skills and duration from the assessment and the
     * elder's needs; also for an extra visit beside the month's demand.
     */
    public Visit visitOf(Long rosterId, Elder elder, AdlAssessment assessment, int visitNumber) {
        return visit(rosterId, elder, visitNumber, policy.needsHomeHospitalBed(assessment.score()), Set.of(), null, null);
    }

    /**
     * An urgent or extra visit (after a discharge from hospital, a new home hospital bed, a complaint), to be
     * made by {@code dueBy}: kind, skills and duration as the policy sets them for the elder, a home
     * hospital bed's if one is new, with any further skills asked for and the duration if given.
     */
    public Visit urgent(Long rosterId, Elder elder, int visitNumber, boolean newHomeHospitalBed, Set<Skill> skills,
                        Integer minutes, LocalDate dueBy) {
        boolean homeHospitalBed = newHomeHospitalBed || elder.latestAssessmentOn(month.atEndOfMonth())
                .map(a -> policy.needsHomeHospitalBed(a.score())).orElse(false);
        return visit(rosterId, elder, visitNumber, homeHospitalBed, skills, minutes, dueBy);
    }

    /** A visit of the elder shaped by the policy; {@code dueBy} null for the month's own. */
    private Visit visit(Long rosterId, Elder elder, int number, boolean homeHospitalBed, Set<Skill> extraSkills,
                        Integer minutes, LocalDate dueBy) {
        VisitKind kind = homeHospitalBed ? VisitKind.HOME_HOSPITAL_BED : VisitKind.ROUTINE;
        Set<Skill> skills = EnumSet.noneOf(Skill.class);
        skills.addAll(policy.requiredSkills(homeHospitalBed, elder.getNeeds()));
        skills.addAll(extraSkills);
        int duration = minutes != null ? minutes : policy.visitMinutes(homeHospitalBed, elder.getNeeds());
        return dueBy == null ? new Visit(rosterId, elder.getId(), number, kind, new SkillSet(skills), duration)
                : Visit.urgent(rosterId, elder.getId(), number, kind, new SkillSet(skills), duration, dueBy);
    }

    /**
     * What the month owes its elders from the month before: a visit like each one missed then and not
     * made up there, naming it (and so its reason), for elders with a contract in force this month.
     * {@code lastNumbers} holds each elder's highest visit number in the roster and is moved on.
     */
    public List<Visit> carried(Long rosterId, Collection<Visit> missed, Map<Long, List<Contract>> contractsByElder,
                               Map<Long, Integer> lastNumbers) {
        List<Visit> carried = new ArrayList<>();
        for (Visit visit : missed) {
            if (contractIn(contractsByElder.getOrDefault(visit.getElderId(), List.of())).isPresent()) {
                carried.add(Visit.makingUp(visit, rosterId, lastNumbers.merge(visit.getElderId(), 1, Integer::sum)));
            }
        }
        return carried;
    }

    /** The contract in force for the longest part of the month (at most one is in force on any date). */
    Optional<Contract> contractIn(List<Contract> contracts) {
        return contracts.stream()
                .filter(c -> daysCovered(c) > 0)
                .max(Comparator.comparingLong(this::daysCovered));
    }

    /** A contract covering part of the month gets its share of the visits, at least one. */
    int proRated(FrequencyTier tier, Contract contract) {
        long covered = daysCovered(contract);
        if (covered >= month.lengthOfMonth()) {
            return tier.visitsPerMonth();
        }
        return (int) Math.max(1, Math.round(tier.visitsPerMonth() * covered / (double) month.lengthOfMonth()));
    }

    long daysCovered(Contract contract) {
        LocalDate from = max(contract.getStartDate(), month.atDay(1));
        LocalDate to = contract.getEndDate() == null ? month.atEndOfMonth() : min(contract.getEndDate(), month.atEndOfMonth());
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

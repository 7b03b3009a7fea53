package com.carerounds.solver;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;

import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The roster's rules, one method each; the README's constraint table says what each means for the
 * elder or the team. Weights come from {@link RosterWeights}.
 */
public class RosterConstraintProvider implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                requiredSkills(factory),
                elderUnavailable(factory),
                dayNotAllowed(factory),
                visitPattern(factory),
                minimumGap(factory),
                dayCapacity(factory),
                maxVisits(factory),
                timeWindow(factory),
                loadCapacity(factory),
                unassigned(factory),
                continuity(factory),
                travelTime(factory),
                evenSpacing(factory),
                balancedDays(factory),
                balancedTeams(factory),
                preferredHalfDay(factory),
                minimalChange(factory),
                overtime(factory)
        };
    }

    private static UniConstraintStream<PlanningVisit> assigned(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class).filter(PlanningVisit::isAssigned);
    }

    /** Two assigned visits of the same elder, each pair once. */
    private static BiConstraintStream<PlanningVisit, PlanningVisit> sameElderPairs(ConstraintFactory factory) {
        return assigned(factory)
                .join(assigned(factory), Joiners.equal(PlanningVisit::getElderId),
                        Joiners.lessThan(PlanningVisit::getId));
    }

    Constraint requiredSkills(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> !visit.getTeamDay().getTeam().hasSkills(visit.getRequiredSkills()))
                .penalizeConfigurable()
                .asConstraint(RosterConstraint.REQUIRED_SKILLS.id());
    }

    Constraint elderUnavailable(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> !visit.availableOn(visit.dayIndex()))
                .penalizeConfigurable()
                .asConstraint(RosterConstraint.ELDER_UNAVAILABLE.id());
    }

    Constraint dayNotAllowed(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> !visit.inContractOn(visit.dayIndex()))
                .penalizeConfigurable()
                .asConstraint(RosterConstraint.DAY_NOT_ALLOWED.id());
    }

    /** Per visit that must move for the elder's visit days to form one of the allowed combinations. */
    Constraint visitPattern(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> visit.getPatterns() != null)
                .groupBy(PlanningVisit::getPatterns, VisitedDays.collector())
                .filter((patterns, days) -> patterns.daysOutside(days) > 0)
                .penalizeConfigurable((patterns, days) -> patterns.daysOutside(days))
                .asConstraint(RosterConstraint.VISIT_PATTERN.id());
    }

    /** Two visits of one elder on the same day, or closer than the policy's gap: penalized per day short. */
    Constraint minimumGap(ConstraintFactory factory) {
        return sameElderPairs(factory)
                .filter((a, b) -> !a.keepsGap(a.dayIndex(), b.dayIndex()))
                .penalizeConfigurableLong((a, b) -> a.daysShortOfGap(a.dayIndex(), b.dayIndex()))
                .asConstraint(RosterConstraint.MINIMUM_GAP.id());
    }

    /**
     * The route, from leaving the center to coming back, fits the day's hours and capacity, with the
     * overtime a re-plan allows: per minute over.
     */
    Constraint dayCapacity(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> visit.getNext() == null && visit.lateReturnSeconds() > 0)
                .penalizeConfigurableLong(visit -> (visit.lateReturnSeconds() + 59) / 60)
                .asConstraint(RosterConstraint.DAY_CAPACITY.id());
    }

    /** A re-plan's day that runs past its capacity or hours, within the overtime allowed: per minute over. */
    Constraint overtime(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> visit.getNext() == null && visit.overtimeSeconds() > 0)
                .penalizeConfigurableLong(visit -> (visit.overtimeSeconds() + 59) / 60)
                .asConstraint(RosterConstraint.OVERTIME.id());
    }

    Constraint maxVisits(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(PlanningVisit::getTeamDay, count())
                .filter((day, visits) -> visits > day.getMaxVisits())
                .penalizeConfigurableLong((day, visits) -> visits - day.getMaxVisits())
                .asConstraint(RosterConstraint.MAX_VISITS.id());
    }

    /** Per minute late: a visit may wait for its window to open, never start after it closes. */
    Constraint timeWindow(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> visit.lateSeconds() > 0)
                .penalizeConfigurableLong(visit -> (visit.lateSeconds() + 59) / 60)
                .asConstraint(RosterConstraint.TIME_WINDOW.id());
    }

    Constraint loadCapacity(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> visit.getLoad() > 0)
                .groupBy(PlanningVisit::getTeamDay, sum(PlanningVisit::getLoad))
                .filter((day, load) -> load > day.getLoadCapacity())
                .penalizeConfigurableLong((day, load) -> load - day.getLoadCapacity())
                .asConstraint(RosterConstraint.LOAD_CAPACITY.id());
    }

    /** What leaving a visit out costs, by priority: home-hospital-bed and disabled elders first. */
    Constraint unassigned(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(PlanningVisit::isUnassigned)
                .penalizeConfigurableLong(PlanningVisit::getPriority)
                .asConstraint(RosterConstraint.UNASSIGNED.id());
    }

    Constraint continuity(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> visit.getTeamDay().getTeam().id() != visit.getContractedTeamId())
                .penalizeConfigurable()
                .asConstraint(RosterConstraint.CONTINUITY.id());
    }

    /** Seconds on the road: to each visit, and back to the center after the last. */
    Constraint travelTime(ConstraintFactory factory) {
        return assigned(factory)
                .penalizeConfigurableLong(visit -> visit.travelSecondsFromPrevious()
                        + (visit.getNext() == null ? visit.travelSecondsToCenter() : 0))
                .asConstraint(RosterConstraint.TRAVEL_TIME.id());
    }

    /** Two visits of one elder closer than the even spacing: per day short, squared. */
    Constraint evenSpacing(ConstraintFactory factory) {
        return sameElderPairs(factory)
                .filter((a, b) -> Math.abs(a.dayIndex() - b.dayIndex()) < a.getIdealGapDays())
                .penalizeConfigurableLong((a, b) -> {
                    long shortBy = a.getIdealGapDays() - Math.abs(a.dayIndex() - b.dayIndex());
                    return shortBy * shortBy;
                })
                .asConstraint(RosterConstraint.EVEN_SPACING.id());
    }

    /**
     * Minutes of visits per team and date (a day's fixed part and its open rest together), squared, over 10: evens out a team's days and the teams on a day.
     * Moving a 30-minute visit from a 240- to a 180-minute day is then worth 3 minutes of travel.
     */
    Constraint balancedDays(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(visit -> visit.getTeamDay().slot(), sum(visit -> visit.getServiceSeconds() / 60))
                .penalizeConfigurableLong((day, minutes) -> (long) minutes * minutes / 10)
                .asConstraint(RosterConstraint.BALANCED_DAYS.id());
    }

    /** Minutes of visits per team over the horizon, squared, over 20: evens out the teams' months. */
    Constraint balancedTeams(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(visit -> visit.getTeamDay().getTeam(), sum(visit -> visit.getServiceSeconds() / 60))
                .penalizeConfigurableLong((team, minutes) -> (long) minutes * minutes / 20)
                .asConstraint(RosterConstraint.BALANCED_TEAMS.id());
    }

    Constraint preferredHalfDay(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> visit.getPreferredHalfDay() != null
                        && !visit.getPreferredHalfDay().contains(visit.serviceStart()))
                .penalizeConfigurable()
                .asConstraint(RosterConstraint.PREFERRED_HALF_DAY.id());
    }

    /**
     * Per visit of the published plan whose team, date or start (to the minute) a re-plan changes, or
     * that it leaves unassigned, by how soon it was published for: the doctor already counts on it.
     */
    Constraint minimalChange(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(PlanningVisit::changedFromPublished)
                .penalizeConfigurableLong(PlanningVisit::getChangeUrgency)
                .asConstraint(RosterConstraint.MINIMAL_CHANGE.id());
    }
}

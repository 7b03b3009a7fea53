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
                preferredHalfDay(factory)
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
                .asConstraint(RosterWeights.REQUIRED_SKILLS);
    }

    Constraint elderUnavailable(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> (visit.getUnavailableDays() & (1L << visit.dayIndex())) != 0)
                .penalizeConfigurable()
                .asConstraint(RosterWeights.ELDER_UNAVAILABLE);
    }

    Constraint dayNotAllowed(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> (visit.getAllowedDays() & (1L << visit.dayIndex())) == 0)
                .penalizeConfigurable()
                .asConstraint(RosterWeights.DAY_NOT_ALLOWED);
    }

    /** Per visit that must move for the elder's visit days to form one of the allowed combinations. */
    Constraint visitPattern(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> visit.getPatterns() != null)
                .groupBy(PlanningVisit::getPatterns, VisitedDays.collector())
                .filter((patterns, days) -> patterns.daysOutside(days) > 0)
                .penalizeConfigurable((patterns, days) -> patterns.daysOutside(days))
                .asConstraint(RosterWeights.VISIT_PATTERN);
    }

    /** Two visits of one elder on the same day, or closer than the policy's gap: penalized per day short. */
    Constraint minimumGap(ConstraintFactory factory) {
        return sameElderPairs(factory)
                .filter((a, b) -> Math.abs(a.dayIndex() - b.dayIndex()) < a.getMinGapDays())
                .penalizeConfigurableLong((a, b) -> a.getMinGapDays() - Math.abs(a.dayIndex() - b.dayIndex()))
                .asConstraint(RosterWeights.MINIMUM_GAP);
    }

    /** The route, from leaving the center to coming back, fits the day's hours and capacity: per minute over. */
    Constraint dayCapacity(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> visit.getNext() == null && visit.overtimeSeconds() > 0)
                .penalizeConfigurableLong(visit -> (visit.overtimeSeconds() + 59) / 60)
                .asConstraint(RosterWeights.DAY_CAPACITY);
    }

    Constraint maxVisits(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(PlanningVisit::getTeamDay, count())
                .filter((day, visits) -> visits > day.getMaxVisits())
                .penalizeConfigurableLong((day, visits) -> visits - day.getMaxVisits())
                .asConstraint(RosterWeights.MAX_VISITS);
    }

    /** Per minute late: a visit may wait for its window to open, never start after it closes. */
    Constraint timeWindow(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> visit.lateSeconds() > 0)
                .penalizeConfigurableLong(visit -> (visit.lateSeconds() + 59) / 60)
                .asConstraint(RosterWeights.TIME_WINDOW);
    }

    Constraint loadCapacity(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> visit.getLoad() > 0)
                .groupBy(PlanningVisit::getTeamDay, sum(PlanningVisit::getLoad))
                .filter((day, load) -> load > day.getLoadCapacity())
                .penalizeConfigurableLong((day, load) -> load - day.getLoadCapacity())
                .asConstraint(RosterWeights.LOAD_CAPACITY);
    }

    /** What leaving a visit out costs, by priority: home-hospital-bed and disabled elders first. */
    Constraint unassigned(ConstraintFactory factory) {
        return factory.forEach(PlanningVisit.class)
                .filter(PlanningVisit::isUnassigned)
                .penalizeConfigurableLong(PlanningVisit::getPriority)
                .asConstraint(RosterWeights.UNASSIGNED);
    }

    Constraint continuity(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> visit.getTeamDay().getTeam().id() != visit.getContractedTeamId())
                .penalizeConfigurable()
                .asConstraint(RosterWeights.CONTINUITY);
    }

    /** Seconds on the road: to each visit, and back to the center after the last. */
    Constraint travelTime(ConstraintFactory factory) {
        return assigned(factory)
                .penalizeConfigurableLong(visit -> visit.travelSecondsFromPrevious()
                        + (visit.getNext() == null ? visit.travelSecondsToCenter() : 0))
                .asConstraint(RosterWeights.TRAVEL_TIME);
    }

    /** Two visits of one elder closer than the even spacing: per day short, squared. */
    Constraint evenSpacing(ConstraintFactory factory) {
        return sameElderPairs(factory)
                .filter((a, b) -> Math.abs(a.dayIndex() - b.dayIndex()) < a.getIdealGapDays())
                .penalizeConfigurableLong((a, b) -> {
                    long shortBy = a.getIdealGapDays() - Math.abs(a.dayIndex() - b.dayIndex());
                    return shortBy * shortBy;
                })
                .asConstraint(RosterWeights.EVEN_SPACING);
    }

    /**
     * Minutes of visits per team day, squared, over 10: evens out a team's days and the teams on a day.
     * Moving a 30-minute visit from a 240- to a 180-minute day is then worth 3 minutes of travel.
     */
    Constraint balancedDays(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(PlanningVisit::getTeamDay, sum(visit -> visit.getServiceSeconds() / 60))
                .penalizeConfigurableLong((day, minutes) -> (long) minutes * minutes / 10)
                .asConstraint(RosterWeights.BALANCED_DAYS);
    }

    /** Minutes of visits per team over the horizon, squared, over 20: evens out the teams' months. */
    Constraint balancedTeams(ConstraintFactory factory) {
        return assigned(factory)
                .groupBy(visit -> visit.getTeamDay().getTeam(), sum(visit -> visit.getServiceSeconds() / 60))
                .penalizeConfigurableLong((team, minutes) -> (long) minutes * minutes / 20)
                .asConstraint(RosterWeights.BALANCED_TEAMS);
    }

    Constraint preferredHalfDay(ConstraintFactory factory) {
        return assigned(factory)
                .filter(visit -> visit.getPreferredHalfDay() != null
                        && !visit.getPreferredHalfDay().contains(visit.serviceStart()))
                .penalizeConfigurable()
                .asConstraint(RosterWeights.PREFERRED_HALF_DAY);
    }
}

package com.carerounds.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** Small planning problems for constraint tests: every leg between two places takes ten minutes. */
final class Fixtures {

    static final int LEG_SECONDS = 600;
    static final int NURSING = 1 << 1;
    static final Point CENTER = new Point(0, 0);
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 1);

    /** Ten minutes between any two different places; distance in meters as if 3 km at 18 km/h. */
    static final TravelModel TEN_MINUTES = new TravelModel() {
        @Override
        public long distance(Point from, Point to) {
            return from.equals(to) ? 0 : 3000;
        }

        @Override
        public int seconds(Point from, Point to, PlanningTeam team) {
            return from.equals(to) ? 0 : LEG_SECONDS;
        }
    };

    private static long ids;

    /** The product's solver configuration, its local search ending after a number of steps, not seconds. */
    static SolverConfig solverConfig(int localSearchSteps) {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml");
        config.getPhaseConfigList().stream().filter(LocalSearchPhaseConfig.class::isInstance)
                .forEach(phase -> phase.setTerminationConfig(new TerminationConfig().withStepCountLimit(localSearchSteps)));
        return config;
    }

    private Fixtures() {
    }

    static PlanningTeam team(long id, int skills) {
        return new PlanningTeam(id, "team " + id, skills, 18);
    }

    /** A team day from 08:00, with the given capacity in minutes and maximum visits. */
    static TeamDay day(PlanningTeam team, int dayIndex, int capacityMinutes, int maxVisits) {
        return TeamDay.working(++ids, team, FIRST_DAY.plusDays(dayIndex), dayIndex, CENTER, 8 * 3600, 18 * 3600,
                capacityMinutes * 60, maxVisits, Integer.MAX_VALUE, TEN_MINUTES);
    }

    /** As {@link #day(PlanningTeam, int, int, int)}, pinned: what is on it happened. */
    static TeamDay fixedDay(PlanningTeam team, int dayIndex, int capacityMinutes, int maxVisits) {
        return TeamDay.fixed(++ids, team, FIRST_DAY.plusDays(dayIndex), dayIndex, CENTER, 8 * 3600, 18 * 3600,
                capacityMinutes * 60, maxVisits, Integer.MAX_VALUE, TEN_MINUTES);
    }

    /** The open rest of a fixed day (linked, not empty). */
    static TeamDay after(TeamDay fixed) {
        return TeamDay.after(fixed, ++ids, 0, fixed.getPositionOffset() + fixed.getVisits().size());
    }

    static TeamDay day(PlanningTeam team, int dayIndex) {
        return day(team, dayIndex, 480, 10);
    }

    static TeamDay holding(PlanningTeam team) {
        return TeamDay.holding(++ids, team, CENTER, TEN_MINUTES);
    }

    /** A 30-minute routine visit of an elder contracted to team 1, at its own place. */
    static PlanningVisit visit(long elderId) {
        long id = ++ids;
        return new PlanningVisit(id, elderId, 1, new Point(id, id), 1, 0, 30 * 60, 1, 0, 1, 1);
    }

    static PlanningVisit visit(long elderId, int requiredSkills, int minutes, int priority, int minGapDays,
                               int idealGapDays) {
        long id = ++ids;
        return new PlanningVisit(id, elderId, 1, new Point(id, id), 1, requiredSkills, minutes * 60, priority, 0,
                minGapDays, idealGapDays);
    }

    /** Puts the visits on the day's route in order, linked and timed as the solver's listeners would. */
    static TeamDay route(TeamDay day, PlanningVisit... visits) {
        day.setVisits(new ArrayList<>(List.of(visits)));
        Routes.link(day);
        return day;
    }
}

package com.carerounds.solver;

import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/**
 * Collects the days a group of visits is on as a bit mask. Counts per day rather than OR-ing bits,
 * so that taking back one of two visits on the same day leaves that day set.
 */
final class VisitedDays implements UniConstraintCollector<PlanningVisit, int[], Long> {

    private static final VisitedDays INSTANCE = new VisitedDays();

    private VisitedDays() {
    }

    static VisitedDays collector() {
        return INSTANCE;
    }

    @Override
    public Supplier<int[]> supplier() {
        return () -> new int[Long.SIZE];
    }

    @Override
    public BiFunction<int[], PlanningVisit, Runnable> accumulator() {
        return (counts, visit) -> {
            // The day is read now: when the visit is taken back it may already be on another day.
            int day = visit.dayIndex();
            counts[day]++;
            return () -> counts[day]--;
        };
    }

    @Override
    public Function<int[], Long> finisher() {
        return counts -> {
            long mask = 0;
            for (int day = 0; day < counts.length; day++) {
                if (counts[day] > 0) {
                    mask |= 1L << day;
                }
            }
            return mask;
        };
    }
}

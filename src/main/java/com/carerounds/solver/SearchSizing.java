package com.carerounds.solver;

import java.util.List;
import java.util.stream.Collectors;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Sizes the local search's late acceptance to the time a solve has per visit. A longer list
 * accepts worse plans for longer, so it explores more but needs more steps to settle: with 0.6 s
 * per visit (100 visits in a minute) 2,000 steps ends far shorter than 200, while a center's month
 * at 0.01–0.1 s per visit settles too late with anything above 200. More than 2,000 wanders too
 * long even with more time (Cordeau p03, 50 visits in a minute: 7.1 % over the best known at 4,000,
 * 0.0 % at 2,000). Measured on the literature instances and the roster benchmark
 * (ops/benchmark/RESULTS.md).
 */
public final class SearchSizing {

    /** Late acceptance steps per millisecond of the time limit a visit has. */
    static final double STEPS_PER_MILLISECOND_PER_VISIT = 2000.0 / 600.0;
    static final int MINIMUM_LATE_ACCEPTANCE = 200;
    static final int MAXIMUM_LATE_ACCEPTANCE = 2000;

    private SearchSizing() {
    }

    /** The late acceptance size for this many visits and time limit; the shortest without a limit. */
    public static int lateAcceptanceSize(int visits, Long spentLimitMillis) {
        if (spentLimitMillis == null || visits <= 0) {
            return MINIMUM_LATE_ACCEPTANCE;
        }
        long size = Math.round(STEPS_PER_MILLISECOND_PER_VISIT * spentLimitMillis / visits);
        return (int) Math.max(MINIMUM_LATE_ACCEPTANCE, Math.min(MAXIMUM_LATE_ACCEPTANCE, size));
    }

    /**
     * A copy of the configuration whose local search phases accept late by the size for this
     * many visits (those the search can place) and the configuration's own time limit; the original
     * is left as it was. With none to place there is nothing to search: construction alone explains
     * every visit, instead of a search whose every move is refused running to its time limit.
     */
    public static SolverConfig sizedFor(SolverConfig config, int visits) {
        SolverConfig sized = config.copyConfig();
        Long limit = sized.getTerminationConfig() == null ? null
                : sized.getTerminationConfig().calculateTimeMillisSpentLimit();
        int size = lateAcceptanceSize(visits, limit);
        List<PhaseConfig> phases = sized.getPhaseConfigList().stream()
                .filter(phase -> visits > 0 || !(phase instanceof LocalSearchPhaseConfig))
                .map(phase -> phase instanceof LocalSearchPhaseConfig localSearch
                        ? (PhaseConfig) localSearch.copyConfig().withAcceptorConfig(acceptor(localSearch, size))
                        : phase)
                .collect(Collectors.toList());
        return sized.withPhaseList(phases);
    }

    /** The phase's own acceptor with the size changed, so that its other settings stay. */
    private static LocalSearchAcceptorConfig acceptor(LocalSearchPhaseConfig phase, int size) {
        LocalSearchAcceptorConfig acceptor = phase.getAcceptorConfig() == null ? new LocalSearchAcceptorConfig()
                : phase.getAcceptorConfig().copyConfig();
        return acceptor.withLateAcceptanceSize(size);
    }
}

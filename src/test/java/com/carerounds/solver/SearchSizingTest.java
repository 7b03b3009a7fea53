package com.carerounds.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

class SearchSizingTest {

    @Test
    void moreTimePerVisitGivesALongerLateAcceptance() {
        // A literature instance: 100 visits in a minute.
        assertThat(SearchSizing.lateAcceptanceSize(100, 60_000L)).isEqualTo(2000);
        // A small center's month: 400 visits in a minute.
        assertThat(SearchSizing.lateAcceptanceSize(400, 60_000L)).isEqualTo(500);
        assertThat(SearchSizing.lateAcceptanceSize(400, 120_000L)).isEqualTo(1000);
    }

    @Test
    void staysBetweenItsBounds() {
        // A 2,000-elder center's month in a minute settles only with the shortest list.
        assertThat(SearchSizing.lateAcceptanceSize(5_000, 60_000L)).isEqualTo(SearchSizing.MINIMUM_LATE_ACCEPTANCE);
        assertThat(SearchSizing.lateAcceptanceSize(10, 600_000L)).isEqualTo(SearchSizing.MAXIMUM_LATE_ACCEPTANCE);
        // Without a time limit nothing says how far the search may wander.
        assertThat(SearchSizing.lateAcceptanceSize(100, null)).isEqualTo(SearchSizing.MINIMUM_LATE_ACCEPTANCE);
    }

    @Test
    void sizesOnlyTheLocalSearchOfACopy() {
        SolverConfig config = SolverConfig.createFromXmlResource("solverConfig.xml")
                .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(30L));

        SolverConfig sized = SearchSizing.sizedFor(config, 50);

        assertThat(sized.getPhaseConfigList()).hasSameSizeAs(config.getPhaseConfigList());
        assertThat(sized.getPhaseConfigList().get(0)).isInstanceOf(CustomPhaseConfig.class);
        assertThat(sized.getPhaseConfigList()).filteredOn(LocalSearchPhaseConfig.class::isInstance).singleElement()
                .satisfies(phase -> {
                    LocalSearchPhaseConfig localSearch = (LocalSearchPhaseConfig) phase;
                    assertThat(localSearch.getAcceptorConfig().getLateAcceptanceSize()).isEqualTo(2000);
                    assertThat(localSearch.getMoveSelectorConfig()).isNotNull();
                    assertThat(localSearch.getForagerConfig().getAcceptedCountLimit()).isEqualTo(1);
                });
        assertThat(config.getPhaseConfigList()).filteredOn(LocalSearchPhaseConfig.class::isInstance).singleElement()
                .satisfies(phase -> assertThat(((LocalSearchPhaseConfig) phase).getAcceptorConfig()
                        .getLateAcceptanceSize()).isEqualTo(SearchSizing.MINIMUM_LATE_ACCEPTANCE));
        assertThat(sized.getTerminationConfig().calculateTimeMillisSpentLimit()).isEqualTo(30_000L);
    }
}

package com.carerounds.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

class RosterWeightsTest {

    @Test
    void anAdministratorChangesAWeightByConstraintName() {
        RosterWeights weights = new RosterWeights().with(RosterWeights.CONTINUITY, HardMediumSoftLongScore.ofSoft(10));

        assertThat(weights.getContinuity()).isEqualTo(HardMediumSoftLongScore.ofSoft(10));
        assertThat(weights.getTravelTime()).as("others keep their defaults").isEqualTo(HardMediumSoftLongScore.ofSoft(1));
        assertThatThrownBy(() -> weights.with("Coffee breaks", HardMediumSoftLongScore.ofSoft(1)))
                .hasMessageContaining("no constraint named 'Coffee breaks'");
    }
}

package com.carerounds.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

class RosterWeightsTest {

    @Test
    void anAdministratorChangesAWeightByConstraintId() {
        RosterWeights weights = RosterWeights.of(Map.of("continuity", "10soft"));

        assertThat(weights.getContinuity()).isEqualTo(HardMediumSoftLongScore.ofSoft(10));
        assertThat(weights.getTravelTime()).as("others keep their defaults").isEqualTo(HardMediumSoftLongScore.ofSoft(1));
        assertThat(weights.asMap()).containsEntry("continuity", "10soft").hasSize(RosterConstraint.values().length);
        assertThatThrownBy(() -> RosterWeights.of(Map.of("coffee-breaks", "1soft")))
                .hasMessageContaining("no constraint with id 'coffee-breaks'");
    }

    @Test
    void aWeightKeepsItsConstraintsLevel() {
        assertThatThrownBy(() -> RosterConstraint.TRAVEL_TIME.parseWeight("1hard"))
                .hasMessageContaining("soft constraint");
        assertThatThrownBy(() -> RosterConstraint.MINIMUM_GAP.parseWeight("0hard/0medium/5soft"))
                .hasMessageContaining("hard constraint");
        assertThatThrownBy(() -> RosterConstraint.TRAVEL_TIME.parseWeight("1.5soft"))
                .hasMessageContaining("whole number");
        assertThat(RosterConstraint.TRAVEL_TIME.parseWeight("0hard/0medium/3soft")).isEqualTo(HardMediumSoftLongScore.ofSoft(3));
        assertThat(RosterConstraint.UNASSIGNED.parseWeight("2medium")).isEqualTo(HardMediumSoftLongScore.ofMedium(2));
        assertThat(RosterConstraint.REQUIRED_SKILLS.parseWeight("0soft")).as("off").isEqualTo(HardMediumSoftLongScore.ZERO);
    }

    /** OptaPlanner reads the weights through annotated getters: they must be the table's ids, each once. */
    @Test
    void theAnnotatedWeightsAreTheTable() {
        RosterWeights weights = new RosterWeights();
        Map<String, Object> annotated = Arrays.stream(RosterWeights.class.getMethods())
                .filter(m -> m.isAnnotationPresent(ConstraintWeight.class))
                .collect(Collectors.toMap(m -> m.getAnnotation(ConstraintWeight.class).value(), m -> {
                    try {
                        return m.invoke(weights);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }));
        Map<String, Object> table = Arrays.stream(RosterConstraint.values())
                .collect(Collectors.toMap(RosterConstraint::id, RosterConstraint::defaultWeight));
        assertThat(annotated).isEqualTo(table);
    }
}

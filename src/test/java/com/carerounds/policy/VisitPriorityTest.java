package com.carerounds.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.elder.ElderCategory;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What leaving a visit out costs, which decides who waits when the teams cannot make every visit. */
class VisitPriorityTest {

    private static final VisitPolicy POLICY = VisitPolicy.defaults(1L);

    @Test
    void aHomeHospitalBedVisitOutweighsADayOfTheMostUrgentRoutineVisits() {
        int bed = POLICY.priorityOf(true, Set.of());
        int mostUrgentRoutine = POLICY.priorityOf(false, EnumSet.allOf(ElderCategory.class));

        assertThat(bed).isGreaterThan(8 * mostUrgentRoutine);
    }

    @Test
    void disabledAndEndOfLifeEldersComeBeforeSemiDisabledAndThoseBeforeTheRest() {
        int disabled = POLICY.priorityOf(false, Set.of(ElderCategory.DISABLED));
        int endOfLife = POLICY.priorityOf(false, Set.of(ElderCategory.END_OF_LIFE));
        int semi = POLICY.priorityOf(false, Set.of(ElderCategory.SEMI_DISABLED));
        int veryOldEmptyNest = POLICY.priorityOf(false, Set.of(ElderCategory.VERY_OLD, ElderCategory.EMPTY_NEST));
        int none = POLICY.priorityOf(false, Set.of());

        assertThat(disabled).isEqualTo(endOfLife).isGreaterThan(semi);
        assertThat(semi).isGreaterThan(none);
        assertThat(veryOldEmptyNest).isGreaterThan(none);
    }
}

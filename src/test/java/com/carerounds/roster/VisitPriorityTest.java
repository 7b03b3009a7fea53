package com.carerounds.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderCategory;
import com.carerounds.elder.Person;
import com.carerounds.elder.Sex;
import com.carerounds.geo.Location;
import com.carerounds.team.SkillSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What leaving a visit out costs, which decides who waits when the teams cannot make every visit. */
class VisitPriorityTest {

    @Test
    void aHomeHospitalBedVisitOutweighsADayOfTheMostUrgentRoutineVisits() {
        int bed = RosterPlanMapper.priority(visit(VisitKind.HOME_HOSPITAL_BED), elder(Set.of()));
        int mostUrgentRoutine = RosterPlanMapper.priority(visit(VisitKind.ROUTINE),
                elder(EnumSet.allOf(ElderCategory.class)));

        assertThat(bed).isGreaterThan(8 * mostUrgentRoutine);
    }

    @Test
    void disabledAndEndOfLifeEldersComeBeforeSemiDisabledAndThoseBeforeTheRest() {
        int disabled = RosterPlanMapper.priority(visit(VisitKind.ROUTINE), elder(Set.of(ElderCategory.DISABLED)));
        int endOfLife = RosterPlanMapper.priority(visit(VisitKind.ROUTINE), elder(Set.of(ElderCategory.END_OF_LIFE)));
        int semi = RosterPlanMapper.priority(visit(VisitKind.ROUTINE), elder(Set.of(ElderCategory.SEMI_DISABLED)));
        int veryOldEmptyNest = RosterPlanMapper.priority(visit(VisitKind.ROUTINE),
                elder(Set.of(ElderCategory.VERY_OLD, ElderCategory.EMPTY_NEST)));
        int none = RosterPlanMapper.priority(visit(VisitKind.ROUTINE), elder(Set.of()));

        assertThat(disabled).isEqualTo(endOfLife).isGreaterThan(semi);
        assertThat(semi).isGreaterThan(none);
        assertThat(veryOldEmptyNest).isGreaterThan(none);
    }

    private static Visit visit(VisitKind kind) {
        return new Visit(1L, 1L, 1, kind, new SkillSet(Set.of()), 30);
    }

    private static Elder elder(Set<ElderCategory> categories) {
        Elder elder = new Elder(1L, "E1", new Person("张桂英", Sex.F, LocalDate.of(1940, 1, 1), "11010519491231002X", null),
                "上海市长宁区新华路1号", new Location(31.2, 121.43));
        elder.replaceCategories(categories);
        return elder;
    }
}

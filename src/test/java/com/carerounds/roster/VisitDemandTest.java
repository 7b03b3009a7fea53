package com.carerounds.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.contract.Contract;
import com.carerounds.contract.ServicePackage;
import com.carerounds.elder.AdlAssessment;
import com.carerounds.elder.CareNeed;
import com.carerounds.elder.Elder;
import com.carerounds.elder.Person;
import com.carerounds.elder.Sex;
import com.carerounds.geo.Location;
import com.carerounds.policy.VisitPolicy;
import com.carerounds.team.Skill;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitKind;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisitDemandTest {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);
    private final VisitDemand demand = new VisitDemand(VisitPolicy.defaults(1L), DECEMBER);
    private long ids;

    private Elder elder(Integer adl, CareNeed... needs) {
        Elder elder = new Elder(1L, "E" + (ids + 1), new Person("张桂英", Sex.F, LocalDate.of(1940, 1, 1),
                "11010519491231002X", null), "上海市长宁区新华路1号", new Location(31.2, 121.43));
        setId(elder, ++ids);
        if (adl != null) {
            elder.addAssessment(new AdlAssessment(LocalDate.of(2025, 3, 1), 90, null));
            elder.addAssessment(new AdlAssessment(LocalDate.of(2026, 9, 1), adl, null));
        }
        elder.replaceNeeds(Set.of(needs));
        return elder;
    }

    private static Contract contract(Elder elder, LocalDate start, LocalDate end) {
        return new Contract(elder.getId(), 7L, ServicePackage.BASIC, start, end);
    }

    @Test
    void frequencyKindDurationAndSkillsFollowTheLatestAdlScore() {
        Elder bed = elder(30, CareNeed.TCM);
        Elder semi = elder(50);
        Elder independent = elder(80);
        var contracts = Map.of(
                bed.getId(), List.of(contract(bed, LocalDate.of(2025, 1, 1), null)),
                semi.getId(), List.of(contract(semi, LocalDate.of(2025, 1, 1), null)),
                independent.getId(), List.of(contract(independent, LocalDate.of(2025, 1, 1), null)));

        var result = demand.visitsFor(5L, List.of(bed, semi, independent), contracts);

        assertThat(result.issues()).isEmpty();
        List<Visit> bedVisits = result.visits().stream().filter(v -> v.getElderId().equals(bed.getId())).toList();
        assertThat(bedVisits).hasSize(4).allSatisfy(v -> {
            assertThat(v.getKind()).isEqualTo(VisitKind.HOME_HOSPITAL_BED);
            assertThat(v.getDurationMinutes()).isEqualTo(45 + 15);
            assertThat(v.getRequiredSkills().skills()).containsExactlyInAnyOrder(Skill.NURSING, Skill.TCM);
            assertThat(v.getRosterId()).isEqualTo(5L);
        });
        assertThat(bedVisits).extracting(Visit::getVisitNumber).containsExactly(1, 2, 3, 4);
        assertThat(result.visits()).filteredOn(v -> v.getElderId().equals(semi.getId())).hasSize(3)
                .allSatisfy(v -> assertThat(v.getKind()).isEqualTo(VisitKind.ROUTINE));
        assertThat(result.visits()).filteredOn(v -> v.getElderId().equals(independent.getId())).hasSize(2)
                .allSatisfy(v -> assertThat(v.getDurationMinutes()).isEqualTo(30));
    }

    @Test
    void aContractEndingMidMonthGetsItsShare() {
        Elder bed = elder(30);
        Elder starting = elder(80);
        var contracts = Map.of(
                bed.getId(), List.of(contract(bed, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 15))),
                starting.getId(), List.of(contract(starting, LocalDate.of(2026, 12, 28), null)));

        var result = demand.visitsFor(5L, List.of(bed, starting), contracts);

        // 15 of 31 days of 4 visits → 2; 4 of 31 days of 2 visits → at least 1.
        assertThat(result.visits()).filteredOn(v -> v.getElderId().equals(bed.getId())).hasSize(2);
        assertThat(result.visits()).filteredOn(v -> v.getElderId().equals(starting.getId())).hasSize(1);
    }

    @Test
    void anElderWithoutAssessmentIsReportedNotDefaulted() {
        Elder unassessed = elder(null);
        Elder noContract = elder(30);
        var contracts = Map.of(unassessed.getId(), List.of(contract(unassessed, LocalDate.of(2025, 1, 1), null)),
                noContract.getId(), List.of(contract(noContract, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 11, 30))));

        var result = demand.visitsFor(5L, List.of(unassessed, noContract), contracts);

        assertThat(result.visits()).isEmpty();
        assertThat(result.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.elderId()).isEqualTo(unassessed.getId());
            assertThat(issue.reason()).isEqualTo(DemandIssue.Reason.NO_ADL_ASSESSMENT);
        });
    }

    private static void setId(Elder elder, long id) {
        try {
            Field field = Elder.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(elder, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}

package com.carerounds.roster;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.center.HealthCenterRepository;
import com.carerounds.dataset.DatasetImporter;
import com.carerounds.dataset.DatasetImporterTest;
import com.carerounds.dataset.DatasetSource;
import com.carerounds.elder.ElderRepository;
import com.carerounds.persistence.PersistenceTest;
import com.carerounds.solver.GeoTravelModel;
import com.carerounds.solver.PlanningVisit;
import com.carerounds.solver.RosterPlan;
import com.carerounds.solver.RosterWeights;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** An elder who can only be seen on some days of the week: imported, kept, and planned on those days only. */
@PersistenceTest
@Import(RosterInputsLoader.class)
class VisitWeekdaysTest {

    @Autowired DatasetImporter importer;
    @Autowired HealthCenterRepository centers;
    @Autowired ElderRepository elders;
    @Autowired RosterService rosterService;
    @Autowired RosterInputsLoader loader;

    @Test
    void visitsOfAnElderSeenOnlyOnTuesdaysAndThursdaysMayFallOnlyOnThoseDays() {
        Map<String, String> files = DatasetImporterTest.dataset();
        files.put("elders.csv", files.get("elders.csv")
                .replace("preferred_half_day,unavailable_dates", "preferred_half_day,unavailable_dates,visit_weekdays")
                .replace("121.4300,,,,,", "121.4300,,,,,,TUE|THU"));
        importer.importDataset(DatasetSource.of(files));
        Long centerId = centers.findByCode("XH").orElseThrow().getId();
        assertThat(elders.findByCenterIdAndCode(centerId, "E2").orElseThrow().getVisitWeekdays().days())
                .containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(elders.findByCenterIdAndCode(centerId, "E1").orElseThrow().getVisitWeekdays().days())
                .as("no restriction").isEmpty();

        RosterService.Created created = rosterService.create(centerId, YearMonth.of(2026, 12));
        RosterPlan plan = new RosterPlanMapper(new GeoTravelModel(1.3))
                .toPlan(loader.load(created.roster().getId()), new RosterWeights(), LocalDate.of(2026, 12, 1));

        Long restricted = elders.findByCenterIdAndCode(centerId, "E2").orElseThrow().getId();
        Set<DayOfWeek> tuesdayThursday = Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        for (PlanningVisit visit : plan.getVisits()) {
            for (int day = 0; day < plan.getHorizonDays(); day++) {
                DayOfWeek weekday = plan.getFirstDay().plusDays(day).getDayOfWeek();
                if (visit.getElderId() == restricted && !tuesdayThursday.contains(weekday)) {
                    assertThat(visit.allowedOn(day)).as(visit + " on " + weekday).isFalse();
                }
            }
        }
        assertThat(plan.getVisits()).filteredOn(v -> v.getElderId() == restricted).isNotEmpty()
                .allSatisfy(v -> assertThat(v.allowedOn(0)).as("2026-12-01 is a Tuesday").isTrue());
    }
}

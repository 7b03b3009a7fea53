package com.carerounds.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carerounds.center.HealthCenterRepository;
import com.carerounds.contract.ContractRepository;
import com.carerounds.elder.ElderRepository;
import com.carerounds.persistence.PersistenceTest;
import com.carerounds.policy.PolicyAdministration;
import com.carerounds.policy.VisitPolicy;
import com.carerounds.team.Skill;
import com.carerounds.team.TeamRepository;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PersistenceTest
public class DatasetImporterTest {

    @Autowired DatasetImporter importer;
    @Autowired HealthCenterRepository centers;
    @Autowired TeamRepository teams;
    @Autowired ElderRepository elders;
    @Autowired ContractRepository contracts;
    @Autowired PolicyAdministration policies;

    public static Map<String, String> dataset() {
        Map<String, String> files = new HashMap<>();
        files.put("centers.csv", """
                code,name,address,latitude,longitude,visit_start,visit_end
                XH,新华街道社区卫生服务中心,"上海市长宁区番禺路100号, 近新华路",31.2046,121.4316,13:00,17:30
                """);
        files.put("teams.csv", """
                code,center_code,name,travel_mode,working_days,max_visit_minutes,max_visits
                T1,XH,王医生团队,EBIKE,MON|TUE|WED|THU|FRI,270,8
                """);
        files.put("team_members.csv", """
                team_code,name,role
                T1,王建国,GENERAL_PRACTITIONER
                T1,李秀兰,NURSE
                """);
        files.put("team_leave.csv", """
                team_code,start_date,end_date,reason
                T1,2026-12-07,2026-12-08,培训
                """);
        files.put("elders.csv", """
                code,name,sex,birth_date,national_id,phone,address,latitude,longitude,categories,chronic_conditions,needs,preferred_half_day,unavailable_dates
                E1,张桂英,F,1938-03-05,310105193803050022,13812345678,上海市长宁区新华路211弄3号201室,31.2010,121.4280,DISABLED|EMPTY_NEST,HYPERTENSION,REHABILITATION,AFTERNOON,2026-12-03|2026-12-04
                E2,陈德明,M,1945-11-20,310105193803050102,,上海市长宁区定西路88号,31.2150,121.4300,,,,,
                """);
        files.put("assessments.csv", """
                elder_code,assessed_on,adl_score,assessor
                E1,2025-05-10,50,王建国
                E1,2026-05-10,40,王建国
                E2,2026-02-01,75,李秀兰
                """);
        files.put("contracts.csv", """
                elder_code,team_code,service_package,start_date,end_date
                E1,T1,HOME_HOSPITAL_BED,2025-01-01,
                E2,T1,BASIC,2026-01-01,2026-12-31
                """);
        return files;
    }

    @Test
    void importsAWholeCenter() {
        ImportResult result = importer.importDataset(DatasetSource.of(dataset()));

        var center = centers.findByCode("XH").orElseThrow();
        assertThat(result).isEqualTo(new ImportResult(1, 1, 2, 3, 2, java.util.List.of(center.getId())));
        assertThat(center.getAddress()).isEqualTo("上海市长宁区番禺路100号, 近新华路");
        assertThat(policies.policyOf(center.getId()).getTiers()).as("an imported center plans with the defaults")
                .isEqualTo(VisitPolicy.defaults(center.getId()).getTiers());
        var team = teams.findByCenterIdAndCode(center.getId(), "T1").orElseThrow();
        assertThat(team.skills()).containsExactlyInAnyOrder(Skill.GENERAL_PRACTICE, Skill.NURSING);
        assertThat(team.onLeave(LocalDate.of(2026, 12, 8))).isTrue();
        var elder = elders.findByCenterIdAndCode(center.getId(), "E1").orElseThrow();
        assertThat(elder.latestAssessment().orElseThrow().score()).isEqualTo(40);
        assertThat(elder.getUnavailableDates()).hasSize(2);
        assertThat(contracts.findByElderId(elder.getId())).singleElement()
                .satisfies(c -> assertThat(c.getTeamId()).isEqualTo(team.getId()));
        assertThat(elders.findByCenterIdAndCode(center.getId(), "E2").orElseThrow().getPerson().phone()).isNull();
    }

    @Test
    void reportsEveryBadRowAndSavesNothing() {
        Map<String, String> files = dataset();
        files.put("assessments.csv", """
                elder_code,assessed_on,adl_score,assessor
                E1,2026-05-10,140,王建国
                E9,2026-05-10,40,王建国
                """);
        files.put("elders.csv", files.get("elders.csv").replace("310105193803050102", "310105193803050103"));
        files.put("contracts.csv", files.get("contracts.csv") + "E1,T2,BASIC,2026-01-01,\nE1,T1,BASIC,2026-06-01,\n");

        assertThatThrownBy(() -> importer.importDataset(DatasetSource.of(files)))
                .isInstanceOfSatisfying(DatasetImportException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new ImportError("elders.csv", 3, "national_id",
                                "is not an 18-character ID number with a valid check character"),
                        new ImportError("assessments.csv", 2, "adl_score", "must be between 0 and 100, was 140"),
                        new ImportError("assessments.csv", 3, "elder_code", "no valid elder E9 in elders.csv"),
                        new ImportError("contracts.csv", 3, "elder_code", "no valid elder E2 in elders.csv"),
                        new ImportError("contracts.csv", 4, "team_code", "no team T2 in teams.csv"),
                        new ImportError("contracts.csv", 5, "start_date", "elder E1 already has a contract in force "
                                + "then (line 2): at most one active contract per elder")));
        assertThat(centers.count()).isZero();
        assertThat(teams.count()).isZero();
        assertThat(elders.count()).isZero();
    }

    @Test
    void refusesACenterThatAlreadyExists() {
        importer.importDataset(DatasetSource.of(dataset()));

        assertThatThrownBy(() -> importer.importDataset(DatasetSource.of(dataset())))
                .isInstanceOfSatisfying(DatasetImportException.class, e -> assertThat(e.errors())
                        .contains(new ImportError("centers.csv", 2, "code", "center XH already exists"),
                                new ImportError("elders.csv", 2, "national_id",
                                        "an elder with this ID number is already registered")));
        assertThat(elders.count()).isEqualTo(2);
    }

    @Test
    void refusesAnEmptyDataset() {
        assertThatThrownBy(() -> importer.importDataset(DatasetSource.of(Map.of())))
                .isInstanceOf(DatasetImportException.class);
    }
}

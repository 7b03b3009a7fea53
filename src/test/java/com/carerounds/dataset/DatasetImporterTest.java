package com.carerounds.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carerounds.account.Role;
import com.carerounds.account.SignedInUser;
import com.carerounds.center.HealthCenter;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.contract.ContractRepository;
import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderRepository;
import com.carerounds.elder.TimeWindow;
import com.carerounds.elder.VisitTimes;
import com.carerounds.elder.VisitWeekdays;
import com.carerounds.geo.Location;
import com.carerounds.persistence.PersistenceTest;
import com.carerounds.policy.PolicyAdministration;
import com.carerounds.policy.VisitPolicy;
import com.carerounds.team.Capacity;
import com.carerounds.team.MemberRole;
import com.carerounds.team.Skill;
import com.carerounds.team.Team;
import com.carerounds.team.TeamMember;
import com.carerounds.team.TeamRepository;
import com.carerounds.team.TravelMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

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
        assertThat(result).isEqualTo(new ImportResult(1, 1, 2, 3, 2, List.of(center.getId())));
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
    void anEldersVisitWindowIsImportedAndCheckedAsTheApiChecksIt() {
        Map<String, String> files = dataset();
        String elders = files.get("elders.csv").replaceFirst("unavailable_dates\n", "unavailable_dates,visit_window\n")
                .replace("2026-12-03|2026-12-04\n", "2026-12-03|2026-12-04,14:00-17:00\n").replace(",,,,,\n", ",,,,,,%s\n");
        Map<String, String> bad = new HashMap<>(files);
        bad.put("elders.csv", elders.replace("14:00-17:00", "12:00-14:00").formatted("2pm"));
        assertThatThrownBy(() -> importer.importDataset(DatasetSource.of(bad)))
                .isInstanceOfSatisfying(DatasetImportException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new ImportError("elders.csv", 2, "visit_window",
                                "must be inside the center's home-visit hours 13:00-17:30"),
                        new ImportError("elders.csv", 3, "visit_window", "must be two times like 14:00-17:00")));
        // E2's routine visit takes 30 minutes.
        bad.put("elders.csv", elders.formatted("14:00-14:20"));
        assertThatThrownBy(() -> importer.importDataset(DatasetSource.of(bad)))
                .isInstanceOfSatisfying(DatasetImportException.class, e -> assertThat(e.errors()).containsExactly(
                        new ImportError("elders.csv", 3, "visit_window",
                                "is 20 minutes, shorter than the elder's visit of 30 minutes")));
        assertThat(this.elders.count()).isZero();

        files.put("elders.csv", elders.formatted(""));
        importer.importDataset(DatasetSource.of(files));
        Long centerId = centers.findByCode("XH").orElseThrow().getId();
        assertThat(this.elders.findByCenterIdAndCode(centerId, "E1").orElseThrow().getVisitWindow())
                .isEqualTo(new TimeWindow(LocalTime.of(14, 0), LocalTime.of(17, 0)));
        assertThat(this.elders.findByCenterIdAndCode(centerId, "E2").orElseThrow().getVisitWindow()).isNull();
    }

    @Test
    void datedVisitTimesAreImportedForNewAndStoredEldersAndCheckedTheSameWay() {
        Map<String, String> files = dataset();
        files.put("visit_times.csv", """
                elder_code,from,visit_window,visit_weekdays
                E2,2026-12-14,,TUE|THU
                """);
        importer.importDataset(DatasetSource.of(files));
        Long centerId = centers.findByCode("XH").orElseThrow().getId();
        assertThat(elders.findByCenterIdAndCode(centerId, "E2").orElseThrow().visitTimesOn(LocalDate.of(2026, 12, 20))
                .visitWeekdays().days()).containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);

        // E1 is stored now: its visit times change from a date on; its home-bed visit with rehabilitation is 60 minutes.
        String bad = """
                elder_code,from,visit_window,visit_weekdays
                E1,2026-12-21,14:00-14:45,
                E1,2026-12-28,12:00-14:00,
                E1,2026-12-28,14:00-16:00,
                E9,2026-12-28,14:00-16:00,
                """;
        assertThatThrownBy(() -> importer.importDataset(DatasetSource.of(Map.of("visit_times.csv", bad))))
                .isInstanceOfSatisfying(DatasetImportException.class, e -> assertThat(e.errors()).containsExactlyInAnyOrder(
                        new ImportError("visit_times.csv", 2, "visit_window",
                                "is 45 minutes, shorter than the elder's visit of 60 minutes"),
                        new ImportError("visit_times.csv", 3, "visit_window",
                                "must be inside the center's home-visit hours 13:00-17:30"),
                        new ImportError("visit_times.csv", 4, "from", "elder E1 has visit times from 2026-12-28 on line 3 already"),
                        new ImportError("visit_times.csv", 5, "elder_code", "no valid elder E9 in elders.csv or at any center")));
        importer.importDataset(DatasetSource.of(Map.of("visit_times.csv", """
                elder_code,from,visit_window,visit_weekdays
                E1,2026-12-21,14:00-16:00,MON
                """)));
        Elder stored = elders.findByCenterIdAndCode(centerId, "E1").orElseThrow();
        assertThat(stored.visitTimesOn(LocalDate.of(2026, 12, 20)).window()).isNull();
        assertThat(stored.visitTimesOn(LocalDate.of(2026, 12, 21)))
                .isEqualTo(VisitTimes.of(LocalDate.of(2026, 12, 21), new TimeWindow(LocalTime.of(14, 0), LocalTime.of(16, 0)),
                        VisitWeekdays.of(Set.of(DayOfWeek.MONDAY))));
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
                        new ImportError("assessments.csv", 3, "elder_code",
                                "no valid elder E9 in elders.csv or at any center"),
                        new ImportError("contracts.csv", 3, "elder_code",
                                "no valid elder E2 in elders.csv or at any center"),
                        new ImportError("contracts.csv", 4, "team_code", "no team T2 in teams.csv or at any center"),
                        new ImportError("contracts.csv", 5, "start_date", "elder E1 already has a contract in force "
                                + "then (line 2): at most one active contract per elder")));
        assertThat(centers.count()).isZero();
        assertThat(teams.count()).isZero();
        assertThat(elders.count()).isZero();
    }

    @Test
    void textsAndDatesAreCheckedAsTheApiChecksThem() {
        Map<String, String> files = dataset();
        files.put("teams.csv", files.get("teams.csv").replace("王医生团队", "队".repeat(201)));
        files.put("elders.csv", files.get("elders.csv").replace("1938-03-05", "-999999999-01-01")
                .replace("E2,陈德明", "E2,\"陈德\r\n\u0000明\"")
                .replace("2026-12-03|2026-12-04", "2026-12-03|0000-12-04"));

        assertThatThrownBy(() -> importer.importDataset(DatasetSource.of(files)))
                .isInstanceOfSatisfying(DatasetImportException.class, e -> assertThat(e.errors()).contains(
                        new ImportError("teams.csv", 2, "name", "must be at most 200 characters, was 201"),
                        new ImportError("elders.csv", 3, "name",
                                "must be one line without control characters (no line breaks, tabs or NUL)"),
                        new ImportError("elders.csv", 2, "birth_date", "must be in the years 1900 to 2199, was -999999999-01-01"),
                        new ImportError("elders.csv", 2, "unavailable_dates",
                                "must be in the years 1900 to 2199, was 0000-12-04")));
        assertThat(centers.count()).isZero();
    }

    @Test
    void overlappingLeaveOfATeamIsReportedNotLeftToTheDatabase() {
        Map<String, String> files = dataset();
        files.put("team_leave.csv", files.get("team_leave.csv") + "T1,2026-12-08,2026-12-09,休假\n");
        assertThatThrownBy(() -> importer.importDataset(DatasetSource.of(files)))
                .isInstanceOfSatisfying(DatasetImportException.class, e -> assertThat(e.errors()).containsExactly(
                        new ImportError("team_leave.csv", 3, "start_date",
                                "overlaps the team's leave from 2026-12-07 to 2026-12-08: join them into one period")));
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

    /** Issue 13, finding 6: a center's export of new elders, their assessments and contracts with teams it has. */
    @Test
    void addsEldersToTheTeamsOfAnExistingCenter() {
        importer.importDataset(DatasetSource.of(dataset()));
        var center = centers.findByCode("XH").orElseThrow();
        signIn(center.getId());

        ImportResult result = importer.importAsSignedInUser(DatasetSource.of(newElderOf("T1")));

        assertThat(result).isEqualTo(new ImportResult(0, 0, 1, 1, 1, List.of()));
        var elder = elders.findByCenterIdAndCode(center.getId(), "E3").orElseThrow();
        assertThat(elder.latestAssessment().orElseThrow().score()).isEqualTo(35);
        assertThat(contracts.findByElderId(elder.getId())).singleElement().satisfies(c -> assertThat(c.getTeamId())
                .isEqualTo(teams.findByCenterIdAndCode(center.getId(), "T1").orElseThrow().getId()));
        assertThatThrownBy(() -> importer.importAsSignedInUser(DatasetSource.of(Map.of("elders.csv",
                newElderOf("T1").get("elders.csv").replace("11010519491231002X", "110105194912310038"),
                "contracts.csv", newElderOf("T1").get("contracts.csv")))))
                .isInstanceOfSatisfying(DatasetImportException.class, e -> assertThat(e.errors()).containsExactly(
                        new ImportError("elders.csv", 2, "code", "center XH already has an elder E3")));
    }

    /** Issue 13, finding 6: an administrator of a center creates no center and reaches no other center by import. */
    @Test
    void aCenterAdministratorImportsIntoTheirOwnCenterOnly() {
        importer.importDataset(DatasetSource.of(dataset()));
        var own = centers.findByCode("XH").orElseThrow();
        var other = centers.save(new HealthCenter("YY", "江苏路街道社区卫生服务中心", "上海市长宁区江苏路1号",
                new Location(31.22, 121.43), LocalTime.of(13, 0), LocalTime.of(17, 0)));
        teams.save(new Team(other.getId(), "Y1", "别的团队", TravelMode.EBIKE, new Capacity(240, 8),
                List.of(new TeamMember("赵医生", MemberRole.GENERAL_PRACTITIONER)), EnumSet.of(DayOfWeek.MONDAY)));
        signIn(own.getId());
        Map<String, String> files = new HashMap<>(newElderOf("Y1"));
        files.put("centers.csv", dataset().get("centers.csv").replace("XH,", "NEW,"));
        files.put("teams.csv", """
                code,center_code,name,travel_mode,working_days,max_visit_minutes,max_visits
                T9,YY,别的新团队,EBIKE,MON,240,8
                T1,XH,重名的团队,EBIKE,MON,240,8
                """);
        files.put("team_members.csv", "team_code,name,role\nT9,钱医生,GENERAL_PRACTITIONER\n");

        assertThatThrownBy(() -> importer.importAsSignedInUser(DatasetSource.of(files)))
                .isInstanceOfSatisfying(DatasetImportException.class, e -> assertThat(e.errors()).contains(
                        new ImportError("centers.csv", 2, "code",
                                "an administrator of a center imports into that center only: leave centers.csv out"),
                        new ImportError("teams.csv", 2, "center_code", "no center YY in centers.csv that you administer"),
                        new ImportError("teams.csv", 3, "code", "center XH already has a team T1"),
                        new ImportError("contracts.csv", 2, "team_code", "no team Y1 in teams.csv or at your center")));
        assertThat(centers.count()).isEqualTo(2);
        assertThat(teams.count()).isEqualTo(2);
        assertThat(elders.count()).isEqualTo(2);
    }

    /** Issue 13, finding 6: a center's export of a reassessment and a new contract for an elder it already has. */
    @Test
    void addsAnAssessmentAndAContractToAnExistingElder() {
        importer.importDataset(DatasetSource.of(dataset()));
        var center = centers.findByCode("XH").orElseThrow();
        signIn(center.getId());

        ImportResult result = importer.importAsSignedInUser(DatasetSource.of(Map.of("assessments.csv", """
                elder_code,assessed_on,adl_score,assessor
                E2,2026-11-20,30,李秀兰
                """, "contracts.csv", """
                elder_code,team_code,service_package,start_date,end_date
                E2,T1,HOME_HOSPITAL_BED,2027-01-01,
                """)));

        assertThat(result).isEqualTo(new ImportResult(0, 0, 0, 1, 1, List.of()));
        var elder = elders.findByCenterIdAndCode(center.getId(), "E2").orElseThrow();
        assertThat(elder.getAssessments()).extracting(a -> a.score()).containsExactly(75, 30);
        assertThat(contracts.findByElderId(elder.getId())).extracting(c -> c.getStartDate())
                .containsExactlyInAnyOrder(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
        assertThat(elders.count()).isEqualTo(2);
    }

    /** One contract in force holds for contracts added to stored elders too, and a refused row saves nothing. */
    @Test
    void aContractOverlappingAStoredOneIsRefusedAndNothingIsSaved() {
        importer.importDataset(DatasetSource.of(dataset()));
        var center = centers.findByCode("XH").orElseThrow();
        signIn(center.getId());

        assertThatThrownBy(() -> importer.importAsSignedInUser(DatasetSource.of(Map.of("assessments.csv", """
                elder_code,assessed_on,adl_score,assessor
                E1,2026-11-20,30,王建国
                """, "contracts.csv", """
                elder_code,team_code,service_package,start_date,end_date
                E1,T1,BASIC,2026-06-01,
                """))))
                .isInstanceOfSatisfying(DatasetImportException.class, e -> assertThat(e.errors()).containsExactly(
                        new ImportError("contracts.csv", 2, "start_date", "elder E1 already has a contract in force "
                                + "then (from 2025-01-01): at most one active contract per elder")));
        var elder = elders.findByCenterIdAndCode(center.getId(), "E1").orElseThrow();
        assertThat(elder.getAssessments()).hasSize(2);
        assertThat(contracts.findByElderId(elder.getId())).hasSize(1);
    }

    /** Issue 13, finding 6: another center's elders are not reached by import, and the rows say so. */
    @Test
    void anotherCentersElderIsRefusedWithARowError() {
        importer.importDataset(DatasetSource.of(dataset()));
        importer.importDataset(DatasetSource.of(otherCenterWithElder("E7")));
        var own = centers.findByCode("XH").orElseThrow();
        var other = centers.findByCode("YY").orElseThrow();
        signIn(own.getId());

        assertThatThrownBy(() -> importer.importAsSignedInUser(DatasetSource.of(Map.of("assessments.csv", """
                elder_code,assessed_on,adl_score,assessor
                E7,2026-11-20,30,王建国
                """, "contracts.csv", """
                elder_code,team_code,service_package,start_date,end_date
                E7,T1,BASIC,2027-01-01,
                """))))
                .isInstanceOfSatisfying(DatasetImportException.class, e -> assertThat(e.errors()).containsExactly(
                        new ImportError("assessments.csv", 2, "elder_code",
                                "no valid elder E7 in elders.csv or at your center"),
                        new ImportError("contracts.csv", 2, "elder_code",
                                "no valid elder E7 in elders.csv or at your center")));
        var elder = elders.findByCenterIdAndCode(other.getId(), "E7").orElseThrow();
        assertThat(elder.getAssessments()).hasSize(1);
        assertThat(contracts.findByElderId(elder.getId())).hasSize(1);

        // Deployment-wide, the elder is found, but not contracted to a team of another center.
        signOut();
        assertThatThrownBy(() -> importer.importDataset(DatasetSource.of(Map.of("contracts.csv", """
                elder_code,team_code,service_package,start_date,end_date
                E7,T1,BASIC,2027-01-01,
                """))))
                .isInstanceOfSatisfying(DatasetImportException.class, e -> assertThat(e.errors()).containsExactly(
                        new ImportError("contracts.csv", 2, "team_code", "team T1 is at center XH, elder E7 at center YY")));
    }

    /** Center YY with team Y1 and one elder of the given code, contracted to Y1 and assessed once. */
    private static Map<String, String> otherCenterWithElder(String elderCode) {
        return Map.of("centers.csv", """
                code,name,address,latitude,longitude,visit_start,visit_end
                YY,江苏路街道社区卫生服务中心,上海市长宁区江苏路1号,31.22,121.43,13:00,17:00
                """, "teams.csv", """
                code,center_code,name,travel_mode,working_days,max_visit_minutes,max_visits
                Y1,YY,别的团队,EBIKE,MON,240,8
                """, "team_members.csv", """
                team_code,name,role
                Y1,赵医生,GENERAL_PRACTITIONER
                """, "elders.csv", """
                code,name,sex,birth_date,national_id,phone,address,latitude,longitude
                %s,周玉珍,F,1949-12-31,11010519491231002X,,上海市长宁区江苏路300号,31.2230,121.4290
                """.formatted(elderCode), "assessments.csv", """
                elder_code,assessed_on,adl_score,assessor
                %s,2026-10-01,35,赵医生
                """.formatted(elderCode), "contracts.csv", """
                elder_code,team_code,service_package,start_date,end_date
                %s,Y1,BASIC,2026-10-01,
                """.formatted(elderCode));
    }

    /** A new elder E3 with one assessment and a contract with the team of the given code, which the files do not hold. */
    private static Map<String, String> newElderOf(String teamCode) {
        return Map.of("elders.csv", """
                code,name,sex,birth_date,national_id,phone,address,latitude,longitude
                E3,周玉珍,F,1949-12-31,11010519491231002X,,上海市长宁区新华路300号,31.2030,121.4290
                """, "assessments.csv", """
                elder_code,assessed_on,adl_score,assessor
                E3,2026-10-01,35,王建国
                """, "contracts.csv", """
                elder_code,team_code,service_package,start_date,end_date
                E3,%s,HOME_HOSPITAL_BED,2026-10-01,
                """.formatted(teamCode));
    }

    private static void signIn(Long centerId) {
        SignedInUser admin = new SignedInUser(1L, "xh-admin", "", "管理员", Role.ADMIN, centerId, null);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void refusesAnEmptyDataset() {
        assertThatThrownBy(() -> importer.importDataset(DatasetSource.of(Map.of())))
                .isInstanceOf(DatasetImportException.class);
    }
}

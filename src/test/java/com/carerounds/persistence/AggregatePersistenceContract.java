package com.carerounds.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.carerounds.calendar.CalendarDayRepository;
import com.carerounds.calendar.DayKind;
import com.carerounds.calendar.WorkingCalendar;
import com.carerounds.center.HealthCenter;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.contract.Contract;
import com.carerounds.contract.ContractConflictException;
import com.carerounds.contract.ContractRepository;
import com.carerounds.contract.ContractService;
import com.carerounds.contract.ServicePackage;
import com.carerounds.elder.AdlAssessment;
import com.carerounds.elder.CareNeed;
import com.carerounds.elder.CenterElders;
import com.carerounds.elder.ChronicCondition;
import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderCards;
import com.carerounds.elder.ElderCards.ElderCard;
import com.carerounds.elder.ElderCategory;
import com.carerounds.elder.ElderRepository;
import com.carerounds.elder.NationalId;
import com.carerounds.elder.NationalIdRegister;
import com.carerounds.elder.PersonalDataKeyRotation;
import com.carerounds.elder.Person;
import com.carerounds.elder.Sex;
import com.carerounds.elder.TimeWindow;
import com.carerounds.elder.VisitTimes;
import com.carerounds.elder.VisitWeekdays;
import com.carerounds.geo.Location;
import com.carerounds.policy.FrequencyTier;
import com.carerounds.privacy.FieldCipher;
import com.carerounds.privacy.PrivacyKey;
import com.carerounds.policy.VisitPolicy;
import com.carerounds.policy.VisitPolicyRepository;
import com.carerounds.roster.Roster;
import com.carerounds.roster.RosterRepository;
import com.carerounds.roster.RosterStatus;
import com.carerounds.solver.HalfDay;
import com.carerounds.team.Capacity;
import com.carerounds.team.Leave;
import com.carerounds.team.MemberRole;
import com.carerounds.team.Skill;
import com.carerounds.team.SkillSet;
import com.carerounds.team.Team;
import com.carerounds.team.TeamMember;
import com.carerounds.team.TeamRepository;
import com.carerounds.team.TravelMode;
import com.carerounds.visit.MissedReason;
import com.carerounds.visit.RosterVisits;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitKind;
import com.carerounds.visit.VisitRepository;
import com.carerounds.visit.VisitStatus;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * What every database CareRounds runs on must keep: each aggregate whole, and no lost update.
 * Transactional here too: Spring looks for it on the class that declares an inherited test method.
 */
@Transactional
abstract class AggregatePersistenceContract {

    private static final Set<DayOfWeek> WEEKDAYS =
            EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    @Autowired HealthCenterRepository centers;
    @Autowired TeamRepository teams;
    @Autowired ElderRepository elders;
    @Autowired ElderCards elderCards;
    @Autowired CenterElders centerElders;
    @Autowired RosterVisits rosterVisits;
    @Autowired ContractRepository contracts;
    @Autowired ContractService contractService;
    @Autowired VisitPolicyRepository policies;
    @Autowired CalendarDayRepository calendar;
    @Autowired RosterRepository rosters;
    @Autowired VisitRepository visits;
    @Autowired Flyway flyway;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired FieldCipher cipher;
    @Autowired NationalIdRegister register;
    /** The tests' own key (application-test.properties): the previous key of the rotation. */
    @Value("${carerounds.privacy.key}") String testKey;

    private int codes;

    HealthCenter center() {
        return centers.save(new HealthCenter("C" + (++codes) + "-" + System.nanoTime(), "新华街道社区卫生服务中心",
                "上海市长宁区番禺路100号", new Location(31.2046, 121.4316), LocalTime.of(13, 0), LocalTime.of(17, 30)));
    }

    Team team(HealthCenter center) {
        return teams.save(new Team(center.getId(), "T" + (++codes), "第一家庭医生团队", TravelMode.EBIKE,
                new Capacity(240, 8),
                List.of(new TeamMember("王医生", MemberRole.GENERAL_PRACTITIONER), new TeamMember("李护士", MemberRole.NURSE)),
                WEEKDAYS));
    }

    Elder elder(HealthCenter center, String nationalId) {
        Elder elder = new Elder(center.getId(), "E" + (++codes),
                new Person("张桂英", Sex.F, LocalDate.of(1938, 3, 5), nationalId, "13812345678"),
                "上海市长宁区新华路211弄3号201室", new Location(31.2010, 121.4280));
        return elders.save(elder);
    }

    @Test
    void migrationsBuildTheWholeSchemaFromEmpty() {
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(flyway.info().applied()).extracting(m -> m.getVersion().getVersion()).contains("1", "2");
        for (String table : List.of("health_center", "team", "team_member", "elder", "adl_assessment", "contract",
                "visit_policy", "calendar_day", "roster", "visit")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table, Integer.class)).as(table).isNotNull();
        }
    }

    /**
     * What the database refuses carries the SQL state the problem handler tells the answer by (issue 13):
     * a key already taken 23505, a value too long 22001, NUL (PostgreSQL only) 22021; the message, which
     * names the values, is never shown.
     */
    @Test
    void aDuplicateNationalIdIsRefusedWithTheUniqueKeyState() {
        HealthCenter center = center();
        elder(center, "310105193803050022");
        assertThat(sqlStateOf(() -> elder(center, "310105193803050022"))).isEqualTo("23505");
    }

    @Test
    void aTextLongerThanItsColumnIsRefusedAsAValueTheColumnCannotHold() {
        HealthCenter center = center();
        assertThat(sqlStateOf(() -> teams.save(new Team(center.getId(), "T-LONG", "队".repeat(201), TravelMode.WALK,
                new Capacity(240, 8), List.of(new TeamMember("王医生", MemberRole.GENERAL_PRACTITIONER)), WEEKDAYS))))
                .isEqualTo("22001");
    }

    @Test
    void nulInATextIsRefusedByPostgresqlAsAValueItCannotHold() throws Exception {
        String database = jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName();
        org.junit.jupiter.api.Assumptions.assumeTrue(database.equals("PostgreSQL"), "H2 stores NUL");
        HealthCenter center = center();
        assertThat(sqlStateOf(() -> teams.save(new Team(center.getId(), "T-NUL", "一队\u0000", TravelMode.WALK,
                new Capacity(240, 8), List.of(new TeamMember("王医生", MemberRole.GENERAL_PRACTITIONER)), WEEKDAYS))))
                .isEqualTo("22021");
    }

    private static String sqlStateOf(Runnable save) {
        try {
            save.run();
        } catch (RuntimeException refused) {
            for (Throwable t = refused; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql) {
                    return sql.getSQLState();
                }
            }
            throw new AssertionError("refused without an SQL state", refused);
        }
        throw new AssertionError("the database took it");
    }

    @Test
    void healthCenterRoundTrip() {
        HealthCenter saved = center();
        HealthCenter loaded = centers.findById(saved.getId()).orElseThrow();
        assertThat(loaded.getName()).isEqualTo("新华街道社区卫生服务中心");
        assertThat(loaded.getLocation()).isEqualTo(new Location(31.2046, 121.4316));
        assertThat(loaded.getVisitStart()).isEqualTo(LocalTime.of(13, 0));
        assertThat(loaded.getVisitEnd()).isEqualTo(LocalTime.of(17, 30));
        assertThat(centers.findByCode(saved.getCode())).isPresent();
    }

    /** Issue 13, finding 2: PostgreSQL would store 23:59:59.999999999 as 24:00, read back as midnight. */
    @Test
    void visitHoursAreStoredToTheMinuteAndAStoredCenterIsAlwaysReadable() {
        HealthCenter saved = centers.save(new HealthCenter("H-" + System.nanoTime(), "新华街道社区卫生服务中心", "上海市长宁区番禺路100号",
                new Location(31.2046, 121.4316), LocalTime.of(8, 30, 15), LocalTime.MAX));
        HealthCenter loaded = centers.findById(saved.getId()).orElseThrow();
        assertThat(loaded.getVisitStart()).isEqualTo(LocalTime.of(8, 30));
        assertThat(loaded.getVisitEnd()).isEqualTo(LocalTime.of(23, 59));

        // As such a center was left by an earlier version: readable, so that it can be put right.
        jdbc.update("update health_center set visit_end = ? where id = ?", LocalTime.MIDNIGHT, saved.getId());
        HealthCenter broken = centers.findById(saved.getId()).orElseThrow();
        assertThat(broken.getVisitEnd()).isEqualTo(LocalTime.MIDNIGHT);
        broken.update(broken.getName(), broken.getAddress(), broken.getLocation(), LocalTime.of(8, 30), LocalTime.of(17, 0));
        centers.save(broken);
        assertThat(centers.findById(saved.getId()).orElseThrow().getVisitEnd()).isEqualTo(LocalTime.of(17, 0));
    }

    @Test
    void teamRoundTripKeepsMembersPatternLeaveAndOverrides() {
        Team team = team(center());
        team.addLeave(new Leave(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9), "培训"));
        team.overrideCapacity(LocalDate.of(2026, 12, 15), new Capacity(120, 4));
        teams.save(team);

        Team loaded = teams.findById(team.getId()).orElseThrow();
        assertThat(loaded.getMembers()).extracting(TeamMember::role)
                .containsExactly(MemberRole.GENERAL_PRACTITIONER, MemberRole.NURSE);
        assertThat(loaded.skills()).containsExactlyInAnyOrder(Skill.GENERAL_PRACTICE, Skill.NURSING);
        assertThat(loaded.getWorkingDays()).isEqualTo(WEEKDAYS);
        assertThat(loaded.onLeave(LocalDate.of(2026, 12, 8))).isTrue();
        assertThat(loaded.onLeave(LocalDate.of(2026, 12, 10))).isFalse();
        assertThat(loaded.capacityOn(LocalDate.of(2026, 12, 15))).isEqualTo(new Capacity(120, 4));
        assertThat(loaded.capacityOn(LocalDate.of(2026, 12, 16))).isEqualTo(new Capacity(240, 8));
    }

    @Test
    void elderRoundTripKeepsProfileAndAssessmentHistory() {
        Elder elder = elder(center(), "310105193803050022");
        elder.replaceCategories(Set.of(ElderCategory.DISABLED, ElderCategory.EMPTY_NEST));
        elder.replaceConditions(Set.of(ChronicCondition.HYPERTENSION, ChronicCondition.DIABETES));
        elder.replaceNeeds(Set.of(CareNeed.REHABILITATION));
        elder.replaceUnavailableDates(Set.of(LocalDate.of(2026, 12, 3)));
        elder.preferHalfDay(HalfDay.AFTERNOON);
        elder.addAssessment(new AdlAssessment(LocalDate.of(2026, 6, 1), 55, "王医生"));
        elder.addAssessment(new AdlAssessment(LocalDate.of(2025, 6, 1), 70, "王医生"));
        elders.save(elder);

        Elder loaded = elders.findById(elder.getId()).orElseThrow();
        assertThat(loaded.getPerson().nationalId()).isEqualTo("310105193803050022");
        assertThat(loaded.getPerson().phone()).isEqualTo("13812345678");
        assertThat(loaded.getCategories()).containsExactlyInAnyOrder(ElderCategory.DISABLED, ElderCategory.EMPTY_NEST);
        assertThat(loaded.getConditions()).containsExactlyInAnyOrder(ChronicCondition.HYPERTENSION, ChronicCondition.DIABETES);
        assertThat(loaded.getNeeds()).containsExactly(CareNeed.REHABILITATION);
        assertThat(loaded.getUnavailableDates()).containsExactly(LocalDate.of(2026, 12, 3));
        assertThat(loaded.getPreferredHalfDay()).isEqualTo(HalfDay.AFTERNOON);
        assertThat(loaded.getAssessments()).extracting(AdlAssessment::score).containsExactly(70, 55);
        assertThat(loaded.latestAssessment()).map(AdlAssessment::score).contains(55);
        assertThat(loaded.latestAssessmentOn(LocalDate.of(2026, 1, 1))).map(AdlAssessment::score).contains(70);
        // The doctor's visit list reads elders as cards, not aggregates: the same values.
        assertThat(elderCards.of(List.of(elder.getId(), -1L))).containsOnlyKeys(elder.getId())
                .containsValue(new ElderCard(elder.getId(), "张桂英", "上海市长宁区新华路211弄3号201室", "13812345678",
                        Set.of(CareNeed.REHABILITATION), Set.of(ChronicCondition.HYPERTENSION, ChronicCondition.DIABETES)));
    }

    @Test
    void visitTimesRoundTripAndACentersEldersReadAtOnceAreTheRepositorys() {
        HealthCenter center = center();
        Elder elder = elder(center, "310105193803050022");
        elder.replaceCategories(Set.of(ElderCategory.DISABLED));
        elder.replaceConditions(Set.of(ChronicCondition.DIABETES));
        elder.replaceNeeds(Set.of(CareNeed.TCM, CareNeed.REHABILITATION));
        elder.replaceUnavailableDates(Set.of(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 4)));
        elder.preferHalfDay(HalfDay.MORNING);
        elder.visitOnlyOn(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        elder.visitWithin(new TimeWindow(LocalTime.of(14, 0), LocalTime.of(17, 0)));
        elder.changeVisitTimes(VisitTimes.of(LocalDate.of(2026, 12, 14), new TimeWindow(LocalTime.of(13, 30),
                LocalTime.of(15, 0)), VisitWeekdays.of(Set.of(DayOfWeek.MONDAY))));
        elder.changeVisitTimes(VisitTimes.of(LocalDate.of(2026, 12, 21), null, VisitWeekdays.ANY));
        elder.addAssessment(new AdlAssessment(LocalDate.of(2026, 6, 1), 55, "王医生"));
        elder.addAssessment(new AdlAssessment(LocalDate.of(2025, 6, 1), 70, null));
        elders.save(elder);
        elder(center, "110101194001011234");

        Elder loaded = elders.findById(elder.getId()).orElseThrow();
        assertThat(loaded.getVisitWindow()).isEqualTo(new TimeWindow(LocalTime.of(14, 0), LocalTime.of(17, 0)));
        assertThat(loaded.visitTimesOn(LocalDate.of(2026, 12, 13)).window()).isEqualTo(loaded.getVisitWindow());
        assertThat(loaded.visitTimesOn(LocalDate.of(2026, 12, 13)).visitWeekdays().days())
                .containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        assertThat(loaded.visitTimesOn(LocalDate.of(2026, 12, 14)).window())
                .isEqualTo(new TimeWindow(LocalTime.of(13, 30), LocalTime.of(15, 0)));
        assertThat(loaded.visitTimesOn(LocalDate.of(2026, 12, 20)).visitWeekdays().days()).containsExactly(DayOfWeek.MONDAY);
        assertThat(loaded.visitTimesOn(LocalDate.of(2026, 12, 31))).isEqualTo(VisitTimes.of(LocalDate.of(2026, 12, 21),
                null, VisitWeekdays.ANY));

        assertThat(centerElders.of(center.getId())).usingRecursiveComparison().ignoringCollectionOrder()
                .isEqualTo(elders.findByCenterId(center.getId()));
        assertThat(centerElders.of(center.getId())).hasSize(2);
    }

    /** Issue 13, finding 10: neither the table (nor so its backups) holds a national ID or phone in clear. */
    @Test
    void nationalIdAndPhoneAreStoredEncryptedWithAFingerprintForTheUniqueIndex() {
        Elder elder = elder(center(), "310105193803050049");
        Map<String, Object> row = jdbc.queryForMap(
                "select national_id, national_id_hash, phone from elder where id = ?", elder.getId());
        String storedId = (String) row.get("national_id");
        String storedPhone = (String) row.get("phone");
        assertThat(row.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain("310105193803050049", "1938030500", "13812345678", "12345678"));
        assertThat(cipher.decrypt(storedId)).isEqualTo("310105193803050049");
        assertThat(cipher.decrypt(storedPhone)).isEqualTo("13812345678");
        // Equal numbers are stored differently (a fresh IV each time), so the stored form tells nothing.
        elders.save(elders.findById(elder.getId()).orElseThrow());
        assertThat(jdbc.queryForObject("select national_id from elder where id = ?", String.class, elder.getId()))
                .isNotEqualTo(storedId);
        assertThat(elders.findById(elder.getId()).orElseThrow().getPerson().nationalId()).isEqualTo("310105193803050049");
        assertThat(register.isRegistered("310105193803050049")).isTrue();
        assertThat(register.isRegistered("310105193803050057")).isFalse();
    }

    /**
     * The database itself refuses a second elder with the number (a race past the service's check), on the
     * fingerprint: its error, which PostgreSQL also writes to its server log ("DETAIL: Key (...)=(...)"),
     * names the fingerprint and never the number.
     */
    @Test
    void theUniqueIndexOnTheFingerprintRefusesADuplicateNationalId() {
        HealthCenter center = center();
        elder(center, "31010519380305105X");
        Throwable refused = catchThrowable(() -> elder(center, "31010519380305105x"));
        assertThat(refused).hasCauseInstanceOf(DuplicateKeyException.class);
        for (Throwable t = refused; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContainIgnoringCase("31010519380305105X")
                    .doesNotContain("1938030510");
        }
        assertThat(refused.getCause().getMessage()).containsIgnoringCase("national_id_hash");
    }

    /** ops/README.md, "Personal data keys": a new key, the old one as previous, and every value moves over. */
    @Test
    void keyRotationReencryptsEveryValueUnderTheNewKey() {
        Elder elder = elder(center(), "310105193803050065");
        PrivacyKey newKey = PrivacyKey.parse(Base64.getEncoder().encodeToString("a new encryption key, 32 bytes.."
                .getBytes(StandardCharsets.US_ASCII)), "test");
        PrivacyKey newHashKey = PrivacyKey.parse(Base64.getEncoder().encodeToString("a new fingerprint key, 32 bytes."
                .getBytes(StandardCharsets.US_ASCII)), "test");
        FieldCipher rotated = new FieldCipher(newKey, List.of(PrivacyKey.parse(testKey, "test")), newHashKey);
        String before = jdbc.queryForObject("select national_id from elder where id = ?", String.class, elder.getId());

        PersonalDataKeyRotation rotation = new PersonalDataKeyRotation(jdbc, transaction, rotated);
        assertThat(rotation.rotate()).isGreaterThanOrEqualTo(1);
        assertThat(rotation.rotate()).as("nothing left under the old keys").isZero();

        Map<String, Object> row = jdbc.queryForMap(
                "select national_id, national_id_hash, phone from elder where id = ?", elder.getId());
        assertThat((String) row.get("national_id")).startsWith(newKey.id() + ":").isNotEqualTo(before);
        assertThat((String) row.get("phone")).startsWith(newKey.id() + ":");
        assertThat((String) row.get("national_id_hash")).isEqualTo(NationalId.fingerprint("310105193803050065", rotated));
        assertThat(rotated.decrypt((String) row.get("national_id"))).isEqualTo("310105193803050065");
        assertThat(rotated.decrypt((String) row.get("phone"))).isEqualTo("13812345678");
        // Without the old key among the previous ones, values still under it stop the start with a clear reason.
        assertThatThrownBy(() -> new FieldCipher(newHashKey, List.of(), newHashKey).decrypt((String) row.get("phone")))
                .hasMessageContaining("carerounds.privacy.previous-keys");
    }

    @Test
    void contractRoundTripAndOneActiveContractPerElder() {
        HealthCenter center = center();
        Team team = team(center);
        Elder elder = elder(center, "310105193803050102");
        Contract first = contractService.save(new Contract(elder.getId(), team.getId(), ServicePackage.BASIC,
                LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)));

        Contract loaded = contracts.findById(first.getId()).orElseThrow();
        assertThat(loaded.getTeamId()).isEqualTo(team.getId());
        assertThat(loaded.activeOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(loaded.activeOn(LocalDate.of(2027, 1, 1))).isFalse();

        assertThatThrownBy(() -> contractService.save(new Contract(elder.getId(), team.getId(),
                ServicePackage.HOME_HOSPITAL_BED, LocalDate.of(2026, 12, 1), null)))
                .isInstanceOf(ContractConflictException.class);
        Contract next = contractService.save(new Contract(elder.getId(), team.getId(),
                ServicePackage.HOME_HOSPITAL_BED, LocalDate.of(2027, 1, 1), null));
        assertThat(contracts.findByElderId(elder.getId())).extracting(Contract::getId)
                .containsExactlyInAnyOrder(first.getId(), next.getId());
        assertThat(contracts.findByCenterId(center.getId())).hasSize(2);
    }

    @Test
    void visitPolicyRoundTripWithDomainDefaults() {
        HealthCenter center = center();
        policies.save(VisitPolicy.defaults(center.getId()));

        VisitPolicy loaded = policies.findByCenterId(center.getId()).orElseThrow();
        assertThat(loaded.getTiers()).containsExactly(new FrequencyTier(0, 4, 4), new FrequencyTier(45, 3, 5),
                new FrequencyTier(60, 2, 7));
        assertThat(loaded.tierFor(44).visitsPerMonth()).isEqualTo(4);
        assertThat(loaded.needsHomeHospitalBed(44)).isTrue();
        assertThat(loaded.needsHomeHospitalBed(45)).isFalse();
        assertThat(loaded.requiredSkills(true, Set.of(CareNeed.TCM))).containsExactlyInAnyOrder(Skill.NURSING, Skill.TCM);
        assertThat(loaded.visitMinutes(true, Set.of(CareNeed.TCM))).isEqualTo(60);
    }

    @Test
    void shippedCalendarHolidaysAndMakeUpDaysAreLoaded() {
        assertThat(calendar.findById(LocalDate.of(2026, 10, 1))).get()
                .satisfies(d -> assertThat(d.getKind()).isEqualTo(DayKind.HOLIDAY));
        assertThat(calendar.findById(LocalDate.of(2025, 1, 26))).get()
                .satisfies(d -> assertThat(d.getKind()).isEqualTo(DayKind.WORKDAY));
        WorkingCalendar october = WorkingCalendar.loader(calendar).apply(YearMonth.of(2026, 10));
        List<LocalDate> days = october.workingDays(YearMonth.of(2026, 10), WEEKDAYS);
        assertThat(days).doesNotContain(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7))
                .contains(LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 10));
        for (int year = 2025; year <= 2027; year++) {
            assertThat(calendar.findByOnDateBetweenOrderByOnDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                    .as("holidays of %d", year).hasSizeGreaterThanOrEqualTo(year == 2027 ? 13 : 20);
        }
    }

    @Test
    void aRostersVisitsReadAtOnceAreTheRepositorys() {
        HealthCenter center = center();
        Team team = team(center);
        Elder elder = elder(center, "310105193803050188");
        Roster roster = rosters.save(new Roster(center.getId(), YearMonth.of(2026, 12), Instant.now()));
        Visit planned = new Visit(roster.getId(), elder.getId(), 1, VisitKind.HOME_HOSPITAL_BED,
                new SkillSet(Set.of(Skill.NURSING, Skill.TCM)), 60);
        planned.plan(team.getId(), LocalDate.of(2026, 12, 2), LocalTime.of(13, 20), 0);
        planned.pin(true);
        Visit missed = new Visit(roster.getId(), elder.getId(), 2, VisitKind.ROUTINE, new SkillSet(Set.of()), 30);
        missed.plan(team.getId(), LocalDate.of(2026, 12, 9), LocalTime.of(14, 5), 1);
        missed.recordOutcome(VisitStatus.MISSED, MissedReason.HOSPITALISED,
                "住院", Instant.parse("2026-12-09T07:30:00.123456Z"));
        Visit waiting = new Visit(roster.getId(), elder.getId(), 3, VisitKind.ROUTINE, new SkillSet(Set.of()), 30);
        waiting.unassign("CAPACITY_EXHAUSTED");
        visits.saveAll(List.of(planned, missed, waiting));

        assertThat(rosterVisits.of(roster.getId())).hasSize(3).usingRecursiveComparison()
                .isEqualTo(visits.findByRosterId(roster.getId()).stream()
                        .sorted(Comparator.comparing(Visit::getId)).toList());
    }

    @Test
    void rosterAndVisitRoundTrip() {
        HealthCenter center = center();
        Team team = team(center);
        Elder elder = elder(center, "310105193803050188");
        Roster roster = rosters.save(new Roster(center.getId(), YearMonth.of(2026, 12),
                Instant.now().truncatedTo(ChronoUnit.MILLIS)));
        Visit visit = new Visit(roster.getId(), elder.getId(), 1, VisitKind.HOME_HOSPITAL_BED,
                new SkillSet(Set.of(Skill.NURSING, Skill.TCM)), 60);
        visit.plan(team.getId(), LocalDate.of(2026, 12, 2), LocalTime.of(13, 20), 0);
        visits.save(visit);

        assertThat(rosters.findByCenterIdAndMonthStart(center.getId(), LocalDate.of(2026, 12, 1))).get()
                .satisfies(r -> {
                    assertThat(r.getStatus()).isEqualTo(RosterStatus.DRAFT);
                    assertThat(r.month()).isEqualTo(YearMonth.of(2026, 12));
                    assertThat(r.getScore()).isNull();
                });

        // Issue 13, finding 14: the plan's score is kept with the roster, and a status change leaves it alone.
        rosters.recordPlan(roster.getId(), "0hard/-2medium/-81234soft", 2);
        Roster solved = rosters.findById(roster.getId()).orElseThrow();
        solved.changeStatus(RosterStatus.SOLVED);
        rosters.save(solved);
        assertThat(rosters.findById(roster.getId()).orElseThrow()).satisfies(r -> {
            assertThat(r.getStatus()).isEqualTo(RosterStatus.SOLVED);
            assertThat(r.getScore()).isEqualTo("0hard/-2medium/-81234soft");
            assertThat(r.getUnassigned()).isEqualTo(2);
        });
        Visit loaded = visits.findById(visit.getId()).orElseThrow();
        assertThat(loaded.getRequiredSkills().skills()).containsExactlyInAnyOrder(Skill.NURSING, Skill.TCM);
        assertThat(loaded.getPlannedStart()).isEqualTo(LocalTime.of(13, 20));
        assertThat(visits.findByTeamIdAndVisitDateBetweenOrderByVisitDateAscRoutePositionAsc(team.getId(),
                LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))).extracting(Visit::getId).containsExactly(visit.getId());
    }

    @Test
    void staleUpdateIsRefusedNotLost() {
        Team saved = team(center());
        Team first = teams.findById(saved.getId()).orElseThrow();
        Team second = teams.findById(saved.getId()).orElseThrow();
        first.changeCapacity(new Capacity(300, 10));
        teams.save(first);

        second.changeCapacity(new Capacity(180, 6));
        assertThatThrownBy(() -> teams.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(teams.findById(saved.getId()).orElseThrow().getCapacity()).isEqualTo(new Capacity(300, 10));
    }
}

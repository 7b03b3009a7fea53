package com.carerounds.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.account.Account;
import com.carerounds.account.AccountRepository;
import com.carerounds.account.MutableClock;
import com.carerounds.account.Role;
import com.carerounds.team.TeamRepository;
import com.carerounds.testing.StepLimitedSolves;
import com.carerounds.visit.VisitRepository;
import com.carerounds.visit.VisitStatus;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The three users' pages in a real headless Chromium on the demo center. The dispatcher creates, solves
 * and publishes last month's roster and reads the board (holidays and make-up days, cross-cover,
 * preferred half-day misses, each day's load against its capacity), opens a team day's route on the map,
 * pins; the administrator edits a team and sees which visits a capacity cut or leave pushes out before
 * saving; the dispatcher re-plans and reads what the new revision changed; a doctor on a 360×740 phone
 * records outcomes and reads who corrected one; a doctor cannot open the dispatcher's pages. Last
 * month, planned the day before it began, so that afterwards every day of it may have an outcome; its
 * calendar gets a holiday and a make-up working day of the test's own. Each step saves a screenshot
 * under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=120s",
                "optaplanner.solver.termination.unimproved-spent-limit=120s", "spring.application.name=screens"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreensBrowserTest {

    private static final YearMonth LAST_MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);
    /** The month's first Wednesday made a holiday and its first Saturday a make-up working day. */
    private static final LocalDate HOLIDAY = LAST_MONTH.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.WEDNESDAY));
    private static final LocalDate MAKE_UP_DAY = LAST_MONTH.atDay(1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));

    /**
     * The service's clock: the day before last month while the dispatcher plans it (a solve plans only
     * days still to come), then now, so that the doctor records outcomes of days gone by.
     */
    @TestBean Clock clock;

    static Clock clock() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        return new MutableClock(LAST_MONTH.atDay(1).minusDays(1).atTime(9, 0).atZone(zone).toInstant(), zone);
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired VisitRepository visits;
    @Autowired TeamRepository teams;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    private Browser browser;
    /** The visit the dispatcher pins, and where revision 1 has it. */
    private Long pinnedVisit;
    private Map<String, Object> pinnedPlace;

    @BeforeAll
    void openBrowser() {
        jdbc.update("delete from calendar_day where on_date between ? and ?", LAST_MONTH.atDay(1), LAST_MONTH.atEndOfMonth());
        jdbc.update("insert into calendar_day (on_date, version, kind, name) values (?, 1, 'HOLIDAY', '测试假日')", HOLIDAY);
        jdbc.update("insert into calendar_day (on_date, version, kind, name) values (?, 1, 'WORKDAY', '测试调休')", MAKE_UP_DAY);
        browser = Browser.open(port, 1400, 900);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private WebElement waitFor(By by) {
        return browser.waiting(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(js, args);
    }

    private Long rosterId() {
        return jdbc.queryForObject("select id from roster where month_start = ?", Long.class, LAST_MONTH.atDay(1));
    }

    /** The demo teams in the order the pages list them (by code). */
    private List<Long> teamIds() {
        return jdbc.queryForList("select id from team order by code", Long.class);
    }

    private void openBoard() {
        browser.signIn("dispatcher", "demo-dispatcher");
        browser.go("/dispatcher/?month=" + LAST_MONTH);
        waitFor(By.cssSelector("#board td[data-team] button.day"));
    }

    private Set<Long> idsOnBoard(String selector) {
        return browser.driver.findElements(By.cssSelector(selector)).stream()
                .map(e -> Long.valueOf(e.getAttribute("data-visit"))).collect(Collectors.toSet());
    }

    @Test
    @Order(1)
    void eachRoleLandsOnItsOwnStartPageInChinese() throws Exception {
        browser.go("/dispatcher/");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/sign-in");
        assertThat(browser.driver.findElement(By.id("sign-in")).getText()).isEqualTo("登录");
        browser.screenshot("sign-in");
        browser.driver.findElement(By.id("username")).sendKeys("doctor1");
        browser.driver.findElement(By.id("password")).sendKeys("not-the-password");
        browser.driver.findElement(By.id("sign-in")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> !d.findElement(By.id("message")).getText().isEmpty());
        assertThat(browser.driver.findElement(By.id("message")).getText()).isEqualTo("用户名或密码错误");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/sign-in?error");
        for (String[] role : new String[][] {{"doctor1", "demo-doctor", "/doctor/"},
                {"dispatcher", "demo-dispatcher", "/dispatcher/"}, {"admin", "demo-admin", "/admin/"}}) {
            browser.signIn(role[0], role[1]);
            assertThat(browser.driver.getCurrentUrl()).endsWith(role[2]);
            assertThat(waitFor(By.id("who")).getText()).isNotBlank();
            browser.signOut();
        }
    }

    @Test
    @Order(2)
    void aDoctorCannotOpenTheDispatchersPages() throws Exception {
        browser.signIn("doctor1", "demo-doctor");
        browser.go("/dispatcher/");
        assertThat(waitFor(By.id("forbidden")).getText()).isEqualTo("无权访问此页面");
        browser.screenshot("doctor-at-dispatcher-page");
        browser.go("/admin/");
        assertThat(waitFor(By.id("forbidden")).isDisplayed()).isTrue();
        browser.signOut();
    }

    @Test
    @Order(3)
    void theDispatcherCreatesSolvesAndPublishesTheMonthAndReadsTheBoard() throws Exception {
        browser.signIn("dispatcher", "demo-dispatcher");
        browser.go("/dispatcher/?month=" + LAST_MONTH);
        waitFor(By.id("create"));
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("status")).getText().equals("本月还没有排班"));
        browser.driver.findElement(By.id("create")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("solve")).isEnabled());
        browser.driver.findElement(By.id("solve")).click();
        browser.waiting(Duration.ofSeconds(180)).until(d -> d.findElement(By.id("publish")).isEnabled());
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("已排好");
        assertThat(browser.driver.findElement(By.id("score")).getText()).contains("hard");
        browser.driver.findElement(By.id("publish")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("status")).getText().equals("已发布"));

        Integer planned = jdbc.queryForObject("select count(*) from visit v join roster r on r.id = v.roster_id "
                + "where r.month_start = ? and v.team_id is not null", Integer.class, LAST_MONTH.atDay(1));
        assertThat(planned).isPositive();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#board .stop")).size() == planned);
        assertThat(browser.driver.findElement(By.cssSelector("#board th[scope=col]:nth-child(2)")).getText())
                .matches("\\d+月\\d+日 周.*");
        browser.screenshot("dispatcher-board");
        browser.signOut();
    }

    @Test
    @Order(4)
    void theBoardMarksHolidaysMakeUpDaysCrossCoverHalfDayMissesAndEachDaysLoad() throws Exception {
        openBoard();
        WebElement holiday = browser.driver.findElement(By.cssSelector("#board th[data-date='" + HOLIDAY + "']"));
        assertThat(holiday.getAttribute("class")).contains("holiday");
        assertThat(holiday.getText()).contains("休");
        assertThat(holiday.getAttribute("title")).isEqualTo("测试假日");
        assertThat(browser.driver.findElements(By.cssSelector("#board td[data-date='" + HOLIDAY + "']"))).isEmpty();
        WebElement makeUp = browser.driver.findElement(By.cssSelector("#board th[data-date='" + MAKE_UP_DAY + "']"));
        assertThat(makeUp.getText()).contains("班");
        Integer teamsAtWork = jdbc.queryForObject("select count(*) from team t where not exists (select 1 from team_leave l "
                + "where l.team_id = t.id and ? between l.start_date and l.end_date)", Integer.class, MAKE_UP_DAY);
        assertThat(browser.driver.findElements(By.cssSelector("#board td[data-date='" + MAKE_UP_DAY + "'] button.day")))
                .hasSize(teamsAtWork);

        Set<Long> crossCover = Set.copyOf(jdbc.queryForList("select v.id from visit v join contract c on c.elder_id = v.elder_id "
                + "and c.start_date <= ? and (c.end_date is null or c.end_date >= ?) where v.roster_id = ? "
                + "and v.team_id is not null and v.team_id <> c.team_id", Long.class,
                LAST_MONTH.atEndOfMonth(), LAST_MONTH.atDay(1), rosterId()));
        assertThat(idsOnBoard("#board .stop.cross")).isEqualTo(crossCover);
        Set<Long> halfDayMisses = Set.copyOf(jdbc.queryForList("select v.id from visit v join elder e on e.id = v.elder_id "
                + "where v.roster_id = ? and v.team_id is not null and ((e.preferred_half_day = 'MORNING' and v.planned_start >= '12:00:00') "
                + "or (e.preferred_half_day = 'AFTERNOON' and v.planned_start < '12:00:00'))", Long.class, rosterId()));
        assertThat(idsOnBoard("#board .stop.miss")).isEqualTo(halfDayMisses);
        Set<Long> beds = Set.copyOf(jdbc.queryForList("select id from visit where roster_id = ? and team_id is not null "
                + "and kind = 'HOME_HOSPITAL_BED'", Long.class, rosterId()));
        assertThat(idsOnBoard("#board .stop.bed")).isNotEmpty().isEqualTo(beds);

        // Each team day's bar: its route against the day's limit, the center's hours cut to the team's capacity.
        long centerMinutes = Duration.between(
                jdbc.queryForObject("select visit_start from health_center where code = 'C01'", LocalTime.class),
                jdbc.queryForObject("select visit_end from health_center where code = 'C01'", LocalTime.class)).toMinutes();
        List<WebElement> days = browser.driver.findElements(By.cssSelector("#board td[data-team] button.day"));
        for (WebElement day : days) {
            Long team = Long.valueOf(day.findElement(By.xpath("..")).getAttribute("data-team"));
            int capacity = jdbc.queryForObject("select max_visit_minutes from team where id = ?", Integer.class, team);
            java.util.regex.Matcher load = java.util.regex.Pattern.compile("(\\d+) / (\\d+)").matcher(day.getAttribute("aria-label"));
            assertThat(load.find()).isTrue();
            assertThat(Long.parseLong(load.group(2))).isEqualTo(Math.min(centerMinutes, capacity));
            assertThat(Integer.parseInt(load.group(1))).isLessThanOrEqualTo(Integer.parseInt(load.group(2)));
        }
        assertThat(browser.driver.findElements(By.cssSelector("#board .loadbar.over"))).isEmpty();
        assertThat(days).anySatisfy(day -> assertThat(day.findElement(By.cssSelector(".loadbar > span")).getAttribute("style"))
                .doesNotContain("width: 0%"));
        browser.screenshot("dispatcher-board-marks");
        browser.signOut();
    }

    @Test
    @Order(5)
    void aTeamDaysRouteIsDrawnOnTheMapWithoutTiles() throws Exception {
        openBoard();
        WebElement cell = browser.driver.findElements(By.cssSelector("#board td[data-team]")).stream()
                .filter(td -> td.findElements(By.cssSelector("button.stop")).size() >= 3).findFirst().orElseThrow();
        List<String> names = cell.findElements(By.cssSelector("button.stop")).stream()
                .map(b -> b.getText().substring(6).replaceAll("[≠◑⚑]", "").trim()).toList();
        cell.findElement(By.cssSelector("button.day")).click();
        waitFor(By.id("route-link")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector(".leaflet-marker-icon.stop-marker")).size() == names.size());
        assertThat(browser.driver.findElements(By.cssSelector(".leaflet-marker-icon.center-marker"))).hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector("path.leg"))).hasSize(names.size() + 1);
        assertThat(browser.driver.findElements(By.cssSelector(".leaflet-tile"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector(".leaflet-marker-icon.stop-marker")).stream().map(WebElement::getText).toList())
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, names.size()).mapToObj(String::valueOf).toList());
        assertThat(browser.driver.findElements(By.cssSelector("#stops li strong")).stream()
                .map(e -> e.getText().substring(6).trim()).toList()).containsExactlyElementsOf(names);
        assertThat(browser.driver.findElement(By.id("message")).getText()).isEqualTo("未配置地图底图：仅显示路线和位置");
        browser.screenshot("route-map");
        browser.signOut();
    }

    @Test
    @Order(6)
    void theDispatcherPinsAVisitAndATeamDay() throws Exception {
        openBoard();
        Long firstTeam = teamIds().get(0);
        List<WebElement> cells = browser.driver.findElements(By.cssSelector("#board td[data-team='" + firstTeam + "']"));
        WebElement stop = cells.stream().flatMap(td -> td.findElements(By.cssSelector("button.stop")).stream())
                .findFirst().orElseThrow();
        pinnedVisit = Long.valueOf(stop.getAttribute("data-visit"));
        stop.click();
        waitFor(By.id("toggle-pin")).click();
        By pinnedStop = By.cssSelector("#board button.stop.pinned[data-visit='" + pinnedVisit + "']");
        browser.waiting(Duration.ofSeconds(20)).until(d -> !d.findElements(pinnedStop).isEmpty());
        assertThat(visits.findById(pinnedVisit).orElseThrow().isPinned()).isTrue();
        browser.driver.findElement(By.id("toggle-pin")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElements(pinnedStop).isEmpty());
        assertThat(visits.findById(pinnedVisit).orElseThrow().isPinned()).isFalse();
        waitFor(By.id("toggle-pin")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> !d.findElements(pinnedStop).isEmpty());
        pinnedPlace = jdbc.queryForMap("select team_id, visit_date, planned_start from visit where id = ?", pinnedVisit);

        WebElement day = browser.driver.findElements(By.cssSelector("#board td[data-team='" + firstTeam + "']")).stream()
                .filter(td -> !td.findElements(By.cssSelector("button.stop")).isEmpty()
                        && td.findElements(By.cssSelector("button.stop[data-visit='" + pinnedVisit + "']")).isEmpty())
                .skip(3).findFirst().orElseThrow();
        LocalDate date = LocalDate.parse(day.getAttribute("data-date"));
        day.findElement(By.cssSelector("button.day")).click();
        waitFor(By.id("toggle-day-pin")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("toggle-day-pin")).getText().equals("取消固定这一天"));
        assertThat(jdbc.queryForList("select pinned from visit where team_id = ? and visit_date = ?", Boolean.class, firstTeam, date))
                .isNotEmpty().containsOnly(true);
        browser.screenshot("dispatcher-pins");
        browser.signOut();
    }

    @Test
    @Order(7)
    void theAdministratorSeesWhichVisitsACapacityCutPushesOutBeforeSaving() throws Exception {
        browser.signIn("admin", "demo-admin");
        waitFor(By.cssSelector("#team option"));
        Long teamId = teamIds().get(1);
        new Select(browser.driver.findElement(By.id("team"))).selectByValue(String.valueOf(teamId));
        int before = teams.findById(teamId).orElseThrow().getCapacity().maxVisits();
        WebElement maxVisits = browser.driver.findElement(By.id("max-visits"));
        maxVisits.clear();
        maxVisits.sendKeys("1");
        setDate("from", LAST_MONTH.atDay(1));
        setDate("to", LAST_MONTH.atEndOfMonth());
        browser.driver.findElement(By.id("preview")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#no-longer-fit li")).isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("#no-longer-fit li")).size()).isGreaterThan(1);
        assertThat(teams.findById(teamId).orElseThrow().getCapacityOverrides()).isEmpty();
        assertThat(teams.findById(teamId).orElseThrow().getCapacity().maxVisits()).isEqualTo(before);
        browser.screenshot("admin-capacity-preview");

        browser.driver.findElement(By.id("apply")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("message")).getText().equals("已保存"));
        assertThat(teams.findById(teamId).orElseThrow().getCapacityOverrides()).hasSize(LAST_MONTH.lengthOfMonth());
        assertThat(browser.driver.findElements(By.cssSelector("#overrides tr"))).hasSize(LAST_MONTH.lengthOfMonth() + 1);
        browser.signOut();
    }

    @Test
    @Order(8)
    void theAdministratorAddsLeaveAndAMemberSeeingTheVisitsThatWouldNoLongerFitFirst() throws Exception {
        browser.signIn("admin", "demo-admin");
        waitFor(By.cssSelector("#team option"));
        Long teamId = teamIds().get(2);
        new Select(browser.driver.findElement(By.id("team"))).selectByValue(String.valueOf(teamId));
        waitFor(By.cssSelector("#members tr.member"));
        LocalDate first = jdbc.queryForObject("select min(visit_date) from visit where team_id = ? and roster_id = ? and visit_date > ?",
                LocalDate.class, teamId, rosterId(), LAST_MONTH.atDay(7));
        LocalDate last = first.plusDays(2);
        int leaveBefore = teams.findById(teamId).orElseThrow().getLeave().size();
        browser.driver.findElement(By.id("add-leave")).click();
        WebElement leave = browser.driver.findElements(By.cssSelector("#leave tr.leave")).get(leaveBefore);
        setDate(leave.findElement(By.name("startDate")).getAttribute("id"), first);
        setDate(leave.findElement(By.name("endDate")).getAttribute("id"), last);
        leave.findElement(By.name("reason")).sendKeys("培训");
        browser.driver.findElement(By.id("add-member")).click();
        List<WebElement> members = browser.driver.findElements(By.cssSelector("#members tr.member"));
        WebElement member = members.get(members.size() - 1);
        member.findElement(By.name("name")).sendKeys("康复师小周");
        new Select(member.findElement(By.name("role"))).selectByValue("REHAB_THERAPIST");

        browser.driver.findElement(By.id("preview-team")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#no-longer-fit li[data-visit]")).isEmpty());
        Set<Long> onLeaveDays = Set.copyOf(jdbc.queryForList("select id from visit where team_id = ? and visit_date between ? and ? "
                + "and status = 'PLANNED'", Long.class, teamId, first, last));
        assertThat(idsOnBoard("#no-longer-fit li[data-visit]")).isEqualTo(onLeaveDays);
        assertThat(teams.findById(teamId).orElseThrow().getLeave()).hasSize(leaveBefore);
        assertThat(jdbc.queryForObject("select status from roster where id = ?", String.class, rosterId())).isEqualTo("NEEDS_REPLAN");
        script("document.getElementById('no-longer-fit').scrollIntoView()");
        browser.screenshot("admin-team-preview");

        browser.driver.findElement(By.id("save-team")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("message")).getText().equals("已保存"));
        assertThat(teams.findById(teamId).orElseThrow().getLeave()).hasSize(leaveBefore + 1)
                .anySatisfy(l -> assertThat(l.startDate()).isEqualTo(first));
        assertThat(teams.findById(teamId).orElseThrow().getMembers())
                .anySatisfy(m -> assertThat(m.name()).isEqualTo("康复师小周"));
        browser.signOut();
    }

    @Test
    @Order(9)
    void theDispatcherRePlansAndReadsWhatTheNewRevisionChangedPerTeam() throws Exception {
        openBoard();
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("需要重新排班");
        assertThat(browser.driver.findElements(By.cssSelector("#board td[data-team='" + teamIds().get(1) + "'] .loadbar.over")))
                .isNotEmpty();
        browser.screenshot("dispatcher-needs-replan");
        browser.driver.findElement(By.id("solve")).click();
        browser.waiting(Duration.ofSeconds(180)).until(d -> d.findElement(By.id("publish")).isEnabled());
        browser.driver.findElement(By.id("publish")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#revisions tr[data-revision]")).size() == 2);
        browser.driver.findElement(By.cssSelector("button[data-show-revision='2']")).click();
        waitFor(By.cssSelector("#revision section[data-team]"));
        Integer teamChanges = jdbc.queryForObject("select sum(case when c.old_team_id is not null and c.new_team_id is not null "
                + "and c.old_team_id <> c.new_team_id then 2 else 1 end) from revision_change c join roster_revision r "
                + "on r.id = c.revision_id where r.roster_id = ? and r.number = 2", Integer.class, rosterId());
        assertThat(teamChanges).isPositive();
        assertThat(browser.driver.findElements(By.cssSelector("#revision section[data-team] li"))).hasSize(teamChanges);
        assertThat(jdbc.queryForMap("select p.team_id, p.visit_date, p.planned_start from published_visit p join roster_revision r "
                + "on r.id = p.revision_id where r.roster_id = ? and r.number = 2 and p.visit_id = ?", rosterId(), pinnedVisit))
                .isEqualTo(pinnedPlace);
        script("document.getElementById('revision').scrollIntoView()");
        browser.screenshot("dispatcher-revision");
        browser.signOut();
    }

    @Test
    @Order(10)
    void aDoctorOnAPhoneOpensTheListAndRecordsAVisitInOneTap() throws Exception {
        ((MutableClock) clock).advance(Duration.between(clock.instant(), Instant.now()));
        browser.driver.manage().window().setSize(new Dimension(360, 740));
        browser.signIn("doctor1", "demo-doctor");
        waitFor(By.cssSelector("#visits h2"));
        assertThat(browser.driver.findElement(By.cssSelector("#visits h2")).getText()).contains("今天");
        browser.screenshot("doctor-today");

        browser.go("/doctor/?date=" + firstDayOfDoctor1());
        WebElement first = waitFor(By.cssSelector("#visits article"));
        Long visitId = Long.valueOf(first.getAttribute("data-visit"));
        assertThat(first.findElement(By.cssSelector("a[href^='tel:']")).isDisplayed()).isTrue();
        first.findElement(By.cssSelector("button.done")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(
                By.cssSelector("#visits article[data-visit='" + visitId + "'] .status .tag")).getText().equals("已完成"));
        assertThat(visits.findById(visitId).orElseThrow().getStatus()).isEqualTo(VisitStatus.DONE);

        WebElement second = browser.driver.findElements(By.cssSelector("#visits article")).get(1);
        Long secondId = Long.valueOf(second.getAttribute("data-visit"));
        second.findElement(By.cssSelector("button.missed")).click();
        second.findElement(By.cssSelector("button[data-reason=ELDER_ABSENT]")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(
                By.cssSelector("#visits article[data-visit='" + secondId + "'] .status")).getText().contains("老人不在家"));
        assertThat(visits.findById(secondId).orElseThrow().getStatus()).isEqualTo(VisitStatus.MISSED);
        assertThat((Long) script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
        browser.screenshot("doctor-recorded");
        browser.signOut();
        browser.driver.manage().window().setSize(new Dimension(1400, 900));
    }

    private LocalDate firstDayOfDoctor1() {
        Long teamId = jdbc.queryForObject("select team_id from account where username = 'doctor1'", Long.class);
        return jdbc.queryForObject("select min(v.visit_date) from visit v join roster r on r.id = v.roster_id "
                + "where r.month_start = ? and v.team_id = ?", LocalDate.class, LAST_MONTH.atDay(1), teamId);
    }

    @Test
    @Order(11)
    void aColleaguesCorrectionWithNotesShowsWhoChangedWhat() throws Exception {
        Long teamId = jdbc.queryForObject("select team_id from account where username = 'doctor1'", Long.class);
        Long centerId = jdbc.queryForObject("select center_id from team where id = ?", Long.class, teamId);
        accounts.save(new Account("nurse1", encoder.encode("demo-nurse-1"), Role.DOCTOR, "王护士", centerId, teamId));
        browser.driver.manage().window().setSize(new Dimension(360, 740));
        browser.signIn("nurse1", "demo-nurse-1");
        browser.go("/doctor/?date=" + firstDayOfDoctor1());
        WebElement missed = browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#visits article[data-status=MISSED]"))
                .stream().findFirst().orElse(null));
        Long visitId = Long.valueOf(missed.getAttribute("data-visit"));
        missed.findElement(By.cssSelector("textarea.notes")).sendKeys("下午补访，血压 135/85");
        missed.findElement(By.cssSelector("button.done")).click();
        By card = By.cssSelector("#visits article[data-visit='" + visitId + "']");
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(card).getAttribute("data-status").equals("DONE"));
        assertThat(visits.findById(visitId).orElseThrow().getOutcomeNotes()).isEqualTo("下午补访，血压 135/85");
        browser.signOut();

        browser.signIn("doctor1", "demo-doctor");
        browser.go("/doctor/?date=" + firstDayOfDoctor1());
        WebElement corrected = waitFor(card);
        assertThat(corrected.findElement(By.cssSelector("textarea.notes")).getAttribute("value")).isEqualTo("下午补访，血压 135/85");
        corrected.findElement(By.cssSelector("details.history-box summary")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#visits article[data-visit='" + visitId + "'] .history li")).size() == 2);
        List<WebElement> entries = browser.driver.findElements(By.cssSelector("#visits article[data-visit='" + visitId + "'] .history li"));
        assertThat(entries.get(0).getText()).contains("nurse1").contains("未完成 → 已完成").contains("备注");
        assertThat(entries.get(1).getText()).contains("doctor1").contains("待上门 → 未完成").contains("老人不在家");
        assertThat((Long) script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
        script("arguments[0].scrollIntoView()", entries.get(0));
        browser.screenshot("doctor-history");
        browser.signOut();
        browser.driver.manage().window().setSize(new Dimension(1400, 900));
    }

    @Test
    @Order(11)
    void theAdministratorFindsAnElderWithTheIdMaskedAndReassessesThem() throws Exception {
        browser.signIn("admin", "demo-admin");
        browser.go("/admin/elders.html");
        waitFor(By.cssSelector("#elders tr[data-elder]"));
        String code = jdbc.queryForObject("select min(code) from elder", String.class);
        browser.driver.findElement(By.id("search")).sendKeys(code);
        browser.waiting(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#elders tr[data-elder]")).size() == 1);
        WebElement row = browser.driver.findElement(By.cssSelector("#elders tr[data-elder]"));
        assertThat(row.findElements(By.tagName("td")).get(2).getText()).matches("\\d{6}\\*+\\w{4}");
        Long elderId = Long.valueOf(row.getAttribute("data-elder"));
        row.findElement(By.name("score")).sendKeys("35");
        row.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.cssSelector("#elders tr[data-elder] .adl")).getText().equals("35"));
        assertThat(jdbc.queryForObject("select score from adl_assessment where elder_id = ? order by assessed_on desc, list_index desc limit 1",
                Integer.class, elderId)).isEqualTo(35);
        browser.screenshot("admin-elders");
        browser.signOut();
    }

    @Test
    @Order(12)
    void anImportWithABadRowShowsTheRowAndWritesNothing() throws Exception {
        browser.signIn("admin", "demo-admin");
        browser.go("/admin/import.html");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("import");
        java.nio.file.Path contracts = dir.resolve("contracts.csv");
        java.nio.file.Files.writeString(contracts, "elder_code,team_code,service_package,start_date,end_date\n"
                + "NO-SUCH-ELDER,C01-T01,BASIC,2026-01-01,\n");
        Integer before = jdbc.queryForObject("select count(*) from contract", Integer.class);
        waitFor(By.id("files")).sendKeys(contracts.toString());
        browser.driver.findElement(By.cssSelector("#import-form button[type=submit]")).click();
        WebElement cell = waitFor(By.cssSelector("#report tr:nth-child(2) td:nth-child(2)"));
        assertThat(cell.getText()).isEqualTo("2");
        assertThat(browser.driver.findElement(By.id("message")).getText()).isEqualTo("导入被拒绝，未写入任何数据");
        assertThat(jdbc.queryForObject("select count(*) from contract", Integer.class)).isEqualTo(before);
        browser.screenshot("admin-import-refused");
        browser.signOut();
    }

    @Test
    @Order(13)
    void theAdministratorSetsAWeightAndThePolicyWithTheDefaultsBeside() throws Exception {
        browser.signIn("admin", "demo-admin");
        browser.go("/admin/policy.html");
        WebElement routine = waitFor(By.id("routineMinutes"));
        assertThat(routine.getAttribute("value")).isEqualTo("30");
        assertThat(browser.driver.findElement(By.cssSelector("[data-default=routineMinutes]")).getText()).isEqualTo("30");
        WebElement travel = browser.driver.findElement(By.id("weight-travel-time"));
        assertThat(travel.findElement(By.xpath("../../td[last()]")).getText()).isEqualTo("1soft");
        travel.clear();
        travel.sendKeys("2soft");
        browser.driver.findElement(By.id("save-weights")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("message")).getText().equals("已保存"));
        assertThat(jdbc.queryForObject("select w.weight from policy_weight w join visit_policy p on p.id = w.policy_id "
                + "where w.name = 'travel-time'", String.class)).isEqualTo("2soft");

        WebElement changed = browser.driver.findElement(By.id("routineMinutes"));
        changed.clear();
        changed.sendKeys("35");
        browser.driver.findElement(By.id("save-policy")).click();
        // Saved, then read back: the form is drawn again from what the service answers.
        browser.waiting(Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(changed));
        assertThat(waitFor(By.id("routineMinutes")).getAttribute("value")).isEqualTo("35");
        assertThat(jdbc.queryForObject("select routine_minutes from visit_policy", Integer.class)).isEqualTo(35);
        assertThat(browser.driver.findElement(By.id("weight-travel-time")).getAttribute("value")).isEqualTo("2soft");
        browser.screenshot("admin-policy");
        browser.signOut();
    }

    private void setDate(String id, LocalDate date) {
        script("document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
    }
}

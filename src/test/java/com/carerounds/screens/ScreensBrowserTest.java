package com.carerounds.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.account.Account;
import com.carerounds.account.AccountRepository;
import com.carerounds.account.MutableClock;
import com.carerounds.account.Role;
import com.carerounds.team.TeamRepository;
import com.carerounds.testing.StepLimitedSolves;
import com.carerounds.visit.Visit;
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
import java.util.stream.Stream;
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
import org.openqa.selenium.Keys;
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
 * saving, and the what-if against today's plan; the dispatcher re-plans and reads what the new revision
 * changed, reads why another team covers a visit (Chinese and English), records a team's sick day and
 * publishes the re-plan proposal, puts a new visit in a recommended place, and reads each elder's
 * quota, on a desktop and a 360-pixel screen; a doctor on a 360×740 phone
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
        browser.waitFor(By.cssSelector("#board td[data-team] button.day"));
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
            assertThat(browser.waitFor(By.id("who")).getText()).isNotBlank();
            browser.signOut();
        }
    }

    @Test
    @Order(2)
    void aDoctorCannotOpenTheDispatchersPages() throws Exception {
        browser.signIn("doctor1", "demo-doctor");
        browser.go("/dispatcher/");
        assertThat(browser.waitFor(By.id("forbidden")).getText()).isEqualTo("无权访问此页面");
        browser.screenshot("doctor-at-dispatcher-page");
        for (String page : List.of("/dispatcher/route.html", "/admin/", "/admin/elders.html", "/admin/import.html", "/admin/policy.html")) {
            browser.go(page);
            assertThat(browser.waitFor(By.id("forbidden")).getText()).as(page).isEqualTo("无权访问此页面");
        }
        browser.signOut();
        browser.signIn("dispatcher", "demo-dispatcher");
        for (String page : List.of("/doctor/", "/admin/", "/admin/elders.html", "/admin/import.html", "/admin/policy.html")) {
            browser.go(page);
            assertThat(browser.waitFor(By.id("forbidden")).getText()).as(page).isEqualTo("无权访问此页面");
        }
        browser.signOut();
    }

    @Test
    @Order(3)
    @SuppressWarnings("unchecked")
    void theDispatcherCreatesSolvesAndPublishesTheMonthAndReadsTheBoard() throws Exception {
        browser.signIn("dispatcher", "demo-dispatcher");
        browser.go("/dispatcher/?month=" + LAST_MONTH);
        browser.waitFor(By.id("create"));
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("status")).getText().equals("本月还没有排班"));
        browser.driver.findElement(By.id("create")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("solve")).isEnabled());
        browser.driver.findElement(By.id("solve")).click();
        browser.waiting(Duration.ofSeconds(180)).until(d -> d.findElement(By.id("publish")).isEnabled());
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("已排好");
        assertThat(browser.driver.findElement(By.id("score")).getText()).matches("硬约束 -?[\\d,]+ · 中约束 -?[\\d,]+ · 软约束 -?[\\d,]+");
        browser.driver.findElement(By.id("publish")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("status")).getText().equals("已发布"));

        Integer planned = jdbc.queryForObject("select count(*) from visit v join roster r on r.id = v.roster_id "
                + "where r.month_start = ? and v.team_id is not null", Integer.class, LAST_MONTH.atDay(1));
        assertThat(planned).isPositive();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#board .stop")).size() == planned);
        assertThat(browser.driver.findElement(By.cssSelector("#board th[scope=col]:nth-child(2)")).getText())
                .matches("\\d+月\\d+日 周.*");
        // The KPIs and the score by constraint as the service counts them, the scores in words.
        Map<String, Object> view = fromPage("/api/rosters/" + rosterId());
        Map<String, Object> kpis = (Map<String, Object>) view.get("kpis");
        assertThat(browser.driver.findElement(By.cssSelector("#kpis dd")).getText())
                .isEqualTo(kpis.get("visitsPlanned") + " / " + kpis.get("visitsRequired"));
        List<WebElement> constraints = browser.driver.findElements(By.cssSelector("#constraints tr"));
        assertThat(constraints).hasSize(((List<?>) view.get("constraints")).size());
        assertThat(constraints).allSatisfy(row -> assertThat(row.findElements(By.tagName("td")).get(0).getText())
                .matches("硬约束 -?[\\d,]+ · 中约束 -?[\\d,]+ · 软约束 -?[\\d,]+"));
        assertThat(constraints).allSatisfy(row -> assertThat(row.findElement(By.tagName("th")).getText()).matches("[\\p{IsHan}/、]+"));
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
                .map(b -> ((String) browser.script("return arguments[0].firstChild.textContent", b)).substring(6).trim()).toList();
        cell.findElement(By.cssSelector("button.day")).click();
        browser.waitFor(By.id("route-link")).click();
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
        browser.waitFor(By.id("toggle-pin")).click();
        By pinnedStop = By.cssSelector("#board button.stop.pinned[data-visit='" + pinnedVisit + "']");
        browser.waiting(Duration.ofSeconds(20)).until(d -> !d.findElements(pinnedStop).isEmpty());
        assertThat(visits.findById(pinnedVisit).orElseThrow().isPinned()).isTrue();
        browser.driver.findElement(By.id("toggle-pin")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElements(pinnedStop).isEmpty());
        assertThat(visits.findById(pinnedVisit).orElseThrow().isPinned()).isFalse();
        browser.waitFor(By.id("toggle-pin")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> !d.findElements(pinnedStop).isEmpty());
        pinnedPlace = jdbc.queryForMap("select team_id, visit_date, planned_start from visit where id = ?", pinnedVisit);

        WebElement day = browser.driver.findElements(By.cssSelector("#board td[data-team='" + firstTeam + "']")).stream()
                .filter(td -> !td.findElements(By.cssSelector("button.stop")).isEmpty()
                        && td.findElements(By.cssSelector("button.stop[data-visit='" + pinnedVisit + "']")).isEmpty())
                .skip(3).findFirst().orElseThrow();
        LocalDate date = LocalDate.parse(day.getAttribute("data-date"));
        day.findElement(By.cssSelector("button.day")).click();
        browser.waitFor(By.id("toggle-day-pin")).click();
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
        browser.waitFor(By.cssSelector("#team option"));
        Long teamId = teamIds().get(1);
        new Select(browser.driver.findElement(By.id("team"))).selectByValue(String.valueOf(teamId));
        int before = teams.findById(teamId).orElseThrow().getCapacity().maxVisits();
        WebElement maxVisits = browser.driver.findElement(By.id("max-visits"));
        maxVisits.clear();
        maxVisits.sendKeys("1");
        browser.setDate("from", LAST_MONTH.atDay(1));
        browser.setDate("to", LAST_MONTH.atEndOfMonth());
        browser.driver.findElement(By.id("preview")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#no-longer-fit li")).isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("#no-longer-fit li")).size()).isGreaterThan(1);
        assertThat(teams.findById(teamId).orElseThrow().getCapacityOverrides()).isEmpty();
        assertThat(teams.findById(teamId).orElseThrow().getCapacity().maxVisits()).isEqualTo(before);
        assertWhatIfAgainstToday();
        browser.script("document.getElementById('what-if-section').scrollIntoView()");
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
        browser.waitFor(By.cssSelector("#team option"));
        Long teamId = teamIds().get(2);
        new Select(browser.driver.findElement(By.id("team"))).selectByValue(String.valueOf(teamId));
        browser.waitFor(By.cssSelector("#members tr.member"));
        LocalDate first = jdbc.queryForObject("select min(visit_date) from visit where team_id = ? and roster_id = ? and visit_date > ?",
                LocalDate.class, teamId, rosterId(), LAST_MONTH.atDay(7));
        LocalDate last = first.plusDays(2);
        int leaveBefore = teams.findById(teamId).orElseThrow().getLeave().size();
        browser.driver.findElement(By.id("add-leave")).click();
        WebElement leave = browser.driver.findElements(By.cssSelector("#leave tr.leave")).get(leaveBefore);
        browser.setDate(leave.findElement(By.name("startDate")).getAttribute("id"), first);
        browser.setDate(leave.findElement(By.name("endDate")).getAttribute("id"), last);
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
        assertWhatIfAgainstToday();
        browser.script("document.getElementById('no-longer-fit').scrollIntoView()");
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
        assertThat(jdbc.queryForObject("select score from roster where id = ?", String.class, rosterId()))
                .as("the re-plan after the capacity cut and the leave keeps every hard rule").startsWith("0hard");
        browser.driver.findElement(By.id("publish")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#revisions tr[data-revision]")).size() == 2);
        assertThat(browser.driver.findElement(By.id("publish-refused")).isDisplayed()).isFalse();
        browser.driver.findElement(By.cssSelector("button[data-show-revision='2']")).click();
        browser.waitFor(By.cssSelector("#revision section[data-team]"));
        Integer teamChanges = jdbc.queryForObject("select sum(case when c.old_team_id is not null and c.new_team_id is not null "
                + "and c.old_team_id <> c.new_team_id then 2 else 1 end) from revision_change c join roster_revision r "
                + "on r.id = c.revision_id where r.roster_id = ? and r.number = 2", Integer.class, rosterId());
        assertThat(teamChanges).isPositive();
        assertThat(browser.driver.findElements(By.cssSelector("#revision section[data-team] li"))).hasSize(teamChanges);
        assertThat(jdbc.queryForMap("select p.team_id, p.visit_date, p.planned_start from published_visit p join roster_revision r "
                + "on r.id = p.revision_id where r.roster_id = ? and r.number = 2 and p.visit_id = ?", rosterId(), pinnedVisit))
                .isEqualTo(pinnedPlace);
        browser.script("document.getElementById('revision').scrollIntoView()");
        browser.screenshot("dispatcher-revision");
        browser.signOut();
    }

    /** The roster view as the service answers it to the signed-in browser, read from the page. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> fromPage(String path) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0], {headers: {Accept: 'application/json'}})"
                        + ".then(r => r.json()).then(done)", path);
    }

    @Test
    @Order(10)
    @SuppressWarnings("unchecked")
    void theBoardSaysWhyAnotherTeamMakesAVisitInChineseAndEnglish() throws Exception {
        openBoard();
        Map<String, String> reasons = new java.util.HashMap<>();
        for (Map<String, Object> route : (List<Map<String, Object>>) fromPage("/api/rosters/" + rosterId()).get("routes")) {
            for (Map<String, Object> stop : (List<Map<String, Object>>) route.get("visits")) {
                if (stop.get("crossCover") != null) {
                    reasons.put(String.valueOf(stop.get("visitId")), (String) ((Map<String, Object>) stop.get("crossCover")).get("reason"));
                }
            }
        }
        assertThat(reasons).as("the capacity cut and the leave make other teams cover").isNotEmpty();
        Map<String, String> zh = Map.of("LACKS_SKILL", "非签约团队：签约团队缺少技能：", "ON_LEAVE", "非签约团队：签约团队当天请假",
                "NO_ALLOWED_DAY", "非签约团队：签约团队在可上门的日子都不上班", "FULL", "非签约团队：签约团队在可上门的日子都已满",
                "HAD_ROOM", "非签约团队：签约团队有空");
        Map<String, String> en = Map.of("LACKS_SKILL", "not the contracted team: the contracted team lacks a skill: ",
                "ON_LEAVE", "not the contracted team: the contracted team is on leave",
                "NO_ALLOWED_DAY", "not the contracted team: the contracted team works on none",
                "FULL", "not the contracted team: the contracted team is full", "HAD_ROOM", "not the contracted team: the contracted team had room");
        for (Map<String, String> words : List.of(zh, en)) {
            List<WebElement> cross = browser.driver.findElements(By.cssSelector("#board button.stop.cross"));
            assertThat(cross).hasSize(reasons.size());
            for (WebElement stop : cross) {
                WebElement mark = stop.findElement(By.cssSelector(".mark.cross"));
                String title = mark.getAttribute("title");
                assertThat(title).startsWith(words.get(reasons.get(stop.getAttribute("data-visit"))));
                // The same words for a screen reader, which skips the mark itself.
                assertThat(mark.getAttribute("aria-hidden")).isEqualTo("true");
                assertThat(stop.findElement(By.cssSelector(".visually-hidden")).getAttribute("textContent")).isEqualTo(title);
            }
            WebElement first = cross.get(0);
            String title = first.findElement(By.cssSelector(".mark.cross")).getAttribute("title");
            first.click();
            assertThat(browser.waitFor(By.id("cross-cover-reason")).getText()).isEqualTo("≠ " + title);
            browser.screenshot(words == zh ? "dispatcher-cross-cover" : "dispatcher-cross-cover-en");
            browser.driver.findElement(By.id("language")).click();
            // The page comes again in the other language: its switch then offers the first one.
            String offered = words == zh ? "中文" : "English";
            browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("language")).getText().equals(offered));
            browser.waitFor(By.cssSelector("#board td[data-team] button.day"));
        }
        assertThat(browser.driver.findElement(By.id("language")).getText()).isEqualTo("English");
        browser.signOut();
    }

    @Test
    @Order(11)
    void aSickDayListsTheVisitsItMovesAndPublishingTheProposalMakesTheNextRevision() throws Exception {
        openBoard();
        Long teamId = teamIds().get(3);
        LocalDate sickDay = jdbc.queryForObject("select min(visit_date) from visit where roster_id = ? and team_id = ? "
                + "and visit_date > ? and not pinned", LocalDate.class, rosterId(), teamId, LAST_MONTH.atDay(10));
        Set<Long> thatDay = Set.copyOf(jdbc.queryForList("select id from visit where roster_id = ? and team_id = ? and visit_date = ? "
                + "and status = 'PLANNED'", Long.class, rosterId(), teamId, sickDay));
        assertThat(thatDay).isNotEmpty();
        int revisions = browser.driver.findElements(By.cssSelector("#revisions tr[data-revision]")).size();

        new Select(browser.driver.findElement(By.id("event-kind"))).selectByValue("team-unavailable");
        assertThat(browser.driver.findElement(By.id("event-elder")).isDisplayed()).isFalse();
        new Select(browser.driver.findElement(By.id("event-team"))).selectByValue(String.valueOf(teamId));
        new Select(browser.driver.findElement(By.id("event-reason"))).selectByValue("SICKNESS");
        browser.setDate("event-from", sickDay);
        browser.setDate("event-to", sickDay);
        browser.driver.findElement(By.id("event-notes")).sendKeys("林医生病假");
        browser.driver.findElement(By.id("record-event")).click();
        browser.waitFor(By.id("event-result"));
        browser.waiting(Duration.ofSeconds(180)).until(d -> !d.findElements(By.cssSelector("#event-result #proposal")).isEmpty());

        assertThat(idsOnBoard("#affected tr[data-visit]")).isEqualTo(thatDay);
        Set<Long> moved = thatDay.stream().filter(id -> visits.findById(id).orElseThrow().isAssigned()).collect(Collectors.toSet());
        assertThat(moved).isNotEmpty().allSatisfy(id -> assertThat(List.of(visits.findById(id).orElseThrow().getTeamId(),
                visits.findById(id).orElseThrow().getVisitDate())).isNotEqualTo(List.of(teamId, sickDay)));
        assertThat(browser.driver.findElements(By.cssSelector("#affected tr.moved"))).hasSize(moved.size());
        assertThat(idsOnBoard("#proposal li[data-visit]")).containsAll(moved);
        assertThat(browser.driver.findElement(By.id("proposal-summary")).getText()).startsWith("已排好");
        assertThat(browser.driver.findElements(By.cssSelector("#board td[data-team='" + teamId + "'][data-date='" + sickDay + "'] button.stop")))
                .isEmpty();
        assertThat(browser.driver.findElement(By.cssSelector("#events tr[data-event]")).getText()).contains("病假").contains("林医生病假");
        browser.script("document.getElementById('event-result').scrollIntoView()");
        browser.screenshot("dispatcher-event-proposal");
        assertThat(browser.driver.findElement(By.id("status")).getText()).as("the status row follows the proposal, no reload")
                .isEqualTo("已排好");
        assertThat(browser.driver.findElement(By.id("publish")).isEnabled()).isTrue();

        // The draft edited behind the page's back so that it breaks a hard rule: publishing it is refused, and why is shown.
        Long moved1 = moved.iterator().next();
        Map<String, Object> place = jdbc.queryForMap("select team_id, visit_date from visit where id = ?", moved1);
        LocalDate sunday = ((java.sql.Date) place.get("VISIT_DATE")).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        jdbc.update("update visit set visit_date = ? where id = ?", sunday, moved1);
        browser.driver.findElement(By.id("publish-proposal")).click();
        WebElement refused = browser.waitFor(By.id("publish-refused"));
        assertThat(refused.getText()).contains("未发布");
        assertThat(refused.findElements(By.cssSelector("#violations li[data-rule='team-day']"))).singleElement()
                .satisfies(rule -> assertThat(rule.getText()).startsWith("团队当天不上班: ").contains(sunday.toString()));
        assertThat(browser.driver.findElements(By.cssSelector("#revisions tr[data-revision]"))).hasSize(revisions);
        browser.script("document.getElementById('publish-refused').scrollIntoView()");
        browser.screenshot("dispatcher-publish-refused");
        jdbc.update("update visit set visit_date = ? where id = ?", place.get("VISIT_DATE"), moved1);

        browser.driver.findElement(By.id("publish-proposal")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#revisions tr[data-revision]")).size() == revisions + 1);
        assertThat(browser.waitFor(By.id("proposal-published")).getText()).isEqualTo("已发布: 版本 " + (revisions + 1));
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("已发布");
        assertThat(jdbc.queryForObject("select count(*) from published_visit p join roster_revision r on r.id = p.revision_id "
                + "where r.roster_id = ? and r.number = ? and p.team_id = ? and p.visit_date = ?", Integer.class,
                rosterId(), revisions + 1, teamId, sickDay)).isZero();
        browser.signOut();
    }

    @Test
    @Order(12)
    void theBestPlacesForANewVisitShowTheScoreChangeAndTheContractedTeamAndOneClickPutsItThere() throws Exception {
        openBoard();
        // Whether one more visit of an elder fits this month depends on where the solve put the others: the
        // first elder (by id) the recommendations find a place for.
        List<Long> candidates = jdbc.queryForList("select distinct v.elder_id from visit v where v.roster_id = ? "
                + "and v.team_id is not null order by v.elder_id", Long.class, rosterId());
        Long elderId = null;
        WebElement verdict = null;
        List<WebElement> places = List.of();
        for (Long candidate : candidates.subList(0, Math.min(20, candidates.size()))) {
            browser.script("document.getElementById('contracted-verdict')?.remove()");
            new Select(browser.driver.findElement(By.id("places-elder"))).selectByValue(String.valueOf(candidate));
            browser.driver.findElement(By.id("find-places")).click();
            verdict = browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(By.id("contracted-verdict")));
            places = browser.driver.findElements(By.cssSelector("#place-list tr[data-team]"));
            if (!places.isEmpty()) {
                elderId = candidate;
                break;
            }
        }
        assertThat(places).isNotEmpty();
        int before = jdbc.queryForObject("select count(*) from visit where roster_id = ? and elder_id = ?", Integer.class, rosterId(), elderId);
        // The change in words, the levels it changes with their sign (the solver's own text as the tooltip).
        assertThat(places).allSatisfy(p -> assertThat(p.findElement(By.cssSelector(".score-change")).getText())
                .matches("得分不变|((硬约束|中约束|软约束) [+-][\\d,]+)( · (中约束|软约束) [+-][\\d,]+)*"));
        assertThat(places).allSatisfy(p -> assertThat(p.findElement(By.cssSelector(".score-change")).getAttribute("title"))
                .matches("-?\\d+hard/-?\\d+medium/-?\\d+soft"));
        boolean contractedAmong = places.stream().anyMatch(p -> p.getText().contains("签约团队"));
        assertThat(verdict.getText()).contains(contractedAmong ? "签约团队在推荐之中" : "签约团队不在推荐之中");
        browser.script("document.getElementById('places-section').scrollIntoView()");
        browser.screenshot("dispatcher-places");

        WebElement best = places.get(0);
        Long teamId = Long.valueOf(best.getAttribute("data-team"));
        LocalDate date = LocalDate.parse(best.getAttribute("data-date"));
        best.findElement(By.cssSelector("button[data-apply]")).click();
        browser.waitFor(By.id("place-applied"));
        assertThat(jdbc.queryForObject("select count(*) from visit where roster_id = ? and elder_id = ?", Integer.class, rosterId(), elderId))
                .isEqualTo(before + 1);
        Long added = jdbc.queryForObject("select max(id) from visit where roster_id = ? and elder_id = ?", Long.class, rosterId(), elderId);
        assertThat(visits.findById(added).orElseThrow().getTeamId()).isEqualTo(teamId);
        assertThat(visits.findById(added).orElseThrow().getVisitDate()).isEqualTo(date);
        browser.waiting(Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(
                "#board td[data-team='" + teamId + "'][data-date='" + date + "'] button.stop[data-visit='" + added + "']")).isEmpty());
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("已排好");
        browser.signOut();
    }

    @Test
    @Order(13)
    @SuppressWarnings("unchecked")
    void eachEldersQuotaReadsAsTheServiceCountsItAndThePageFitsAPhone() throws Exception {
        openBoard();
        browser.driver.findElement(By.cssSelector("#coverage-box summary")).click();
        browser.waitFor(By.cssSelector("#coverage tr[data-elder]"));
        List<Map<String, Object>> expected = (List<Map<String, Object>>) fromPage("/api/rosters/" + rosterId() + "/coverage").get("coverage");
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#coverage tr[data-elder]"));
        assertThat(rows).hasSize(expected.size());
        Map<String, WebElement> byElder = rows.stream().collect(Collectors.toMap(r -> r.getAttribute("data-elder"), r -> r));
        for (Map<String, Object> elder : expected) {
            WebElement row = byElder.get(String.valueOf(elder.get("elderId")));
            for (String field : List.of("required", "planned", "unassigned", "done", "missed", "madeUp", "owed")) {
                assertThat(row.findElement(By.cssSelector("td[data-field=" + field + "]")).getText())
                        .as("%s of elder %s", field, elder.get("elderCode")).isEqualTo(String.valueOf(elder.get(field)));
            }
        }
        browser.script("document.getElementById('coverage-box').scrollIntoView()");
        browser.screenshot("dispatcher-coverage");
        browser.driver.findElement(By.id("coverage-owed")).click();
        assertThat(browser.driver.findElements(By.cssSelector("#coverage tr[data-elder]")))
                .hasSize((int) expected.stream().filter(e -> ((Number) e.get("owed")).intValue() > 0).count());

        browser.driver.manage().window().setSize(new Dimension(360, 740));
        browser.script("document.getElementById('events-section').scrollIntoView()");
        assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                .as("wider than the phone: %s", browser.script("return [...document.querySelectorAll('main *')].filter(e => "
                        + "e.getBoundingClientRect().right > 360).slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ')"))
                .isLessThanOrEqualTo(360);
        browser.screenshot("dispatcher-phone-events");
        browser.driver.manage().window().setSize(new Dimension(1400, 900));
        browser.signOut();
    }

    @Test
    @Order(14)
    void anUnassignedVisitsFindAPlaceButtonPlacesThatVisitAndAddsNone() throws Exception {
        Long waiting = jdbc.queryForObject("select min(id) from visit where roster_id = ? and status = 'PLANNED' "
                + "and team_id is not null and not pinned and visit_date > ?", Long.class, rosterId(), LAST_MONTH.atDay(10));
        jdbc.update("update visit set team_id = null, visit_date = null, planned_start = null, route_position = null, "
                + "unassigned_reason = 'CAPACITY_EXHAUSTED' where id = ?", waiting);
        int visitsBefore = jdbc.queryForObject("select count(*) from visit where roster_id = ?", Integer.class, rosterId());
        openBoard();
        WebElement line = browser.waitFor(By.cssSelector("#unassigned li[data-visit='" + waiting + "']"));
        WebElement find = line.findElement(By.cssSelector("button[data-find-visit]"));
        assertThat(find.getText()).isEqualTo("找上门位置");
        assertThat(find.getAttribute("aria-label")).startsWith("为这次上门找位置");
        find.click();
        browser.waiting(Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(By.id("places-for")));
        assertThat(browser.driver.findElement(By.id("places-for")).getText()).startsWith("为未安排的上门找位置");
        WebElement best = browser.waitFor(By.cssSelector("#place-list tr[data-team]"));
        Long teamId = Long.valueOf(best.getAttribute("data-team"));
        LocalDate date = LocalDate.parse(best.getAttribute("data-date"));
        browser.screenshot("dispatcher-places-waiting-visit");
        best.findElement(By.cssSelector("button[data-apply]")).click();
        browser.waitFor(By.id("place-applied"));

        assertThat(visits.findById(waiting).orElseThrow().getTeamId()).isEqualTo(teamId);
        assertThat(visits.findById(waiting).orElseThrow().getVisitDate()).isEqualTo(date);
        assertThat(jdbc.queryForObject("select count(*) from visit where roster_id = ?", Integer.class, rosterId()))
                .as("no visit added").isEqualTo(visitsBefore);
        browser.waiting(Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(
                "#board td[data-team='" + teamId + "'][data-date='" + date + "'] button.stop[data-visit='" + waiting + "']")).isEmpty());
        assertThat(browser.driver.findElements(By.cssSelector("#unassigned li[data-visit='" + waiting + "']"))).isEmpty();
        browser.signOut();
    }

    @Test
    @Order(15)
    @SuppressWarnings("unchecked")
    void aReloadedBoardShowsWhatTheDraftWouldChangeBeforePublishingIt() throws Exception {
        // The places applied before left a draft beside the published revision: a reload still shows it.
        openBoard();
        WebElement box = browser.waitFor(By.id("draft-box"));
        Map<String, Object> draft = fromPage("/api/rosters/" + rosterId() + "/draft/changes");
        List<Map<String, Object>> teamChanges = (List<Map<String, Object>>) draft.get("teams");
        assertThat(teamChanges).isNotEmpty();
        assertThat(box.findElement(By.tagName("summary")).getText()).startsWith("待发布的变动").contains("新增");
        box.findElement(By.tagName("summary")).click();
        List<Long> expected = teamChanges.stream().flatMap(team -> Stream.of("added", "cancelled", "moved")
                        .flatMap(kind -> ((List<Map<String, Object>>) team.get(kind)).stream()))
                .map(change -> ((Number) change.get("visitId")).longValue()).toList();
        List<Long> shown = browser.driver.findElements(By.cssSelector("#draft-changes section[data-team] li[data-visit]")).stream()
                .map(e -> Long.valueOf(e.getAttribute("data-visit"))).toList();
        assertThat(shown).as("each team's changes in the service's order").containsExactlyElementsOf(expected);
        assertThat(browser.driver.findElements(By.cssSelector("#draft-changes section[data-team]"))).hasSize(teamChanges.size());
        assertThat(browser.driver.findElement(By.id("publish")).getAttribute("aria-describedby")).isEqualTo("draft-summary");
        browser.script("document.getElementById('draft-box').scrollIntoView()");
        browser.screenshot("dispatcher-draft-changes");

        int revisions = browser.driver.findElements(By.cssSelector("#revisions tr[data-revision]")).size();
        browser.driver.findElement(By.id("publish")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElements(By.cssSelector("#revisions tr[data-revision]")).size() == revisions + 1);
        browser.waiting(Duration.ofSeconds(20)).until(ExpectedConditions.invisibilityOfElementLocated(By.id("draft-box")));
        assertThat(browser.driver.findElement(By.id("status")).getText()).isEqualTo("已发布");
        browser.signOut();
    }

    @Test
    @Order(16)
    void anUrgentVisitIsPlacedWithinItsDaysAndTheReloadedBoardShowsItWaitingToBePublished() throws Exception {
        // An urgent visit goes into this month's roster: the service's day is in the roster's month.
        ((MutableClock) clock).advance(Duration.between(clock.instant(),
                LAST_MONTH.atDay(15).atTime(9, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
        Long elderId = jdbc.queryForObject("select min(v.elder_id) from visit v where v.roster_id = ? and v.team_id is not null "
                + "and v.kind = 'ROUTINE'", Long.class, rosterId());
        openBoard();
        browser.waiting(Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector("#event-elder option[value='" + elderId + "']")).isEmpty());
        new Select(browser.driver.findElement(By.id("event-kind"))).selectByValue("urgent-visit");
        assertThat(browser.driver.findElement(By.id("event-team")).isDisplayed()).isFalse();
        new Select(browser.driver.findElement(By.id("event-elder"))).selectByValue(String.valueOf(elderId));
        new Select(browser.driver.findElement(By.id("event-reason"))).selectByValue("DISCHARGE");
        WebElement within = browser.driver.findElement(By.id("event-within"));
        within.clear();
        within.sendKeys("3");
        browser.driver.findElement(By.id("event-notes")).sendKeys("出院后第一次随访");
        browser.driver.findElement(By.id("record-event")).click();
        browser.waiting(Duration.ofSeconds(180)).until(d -> !d.findElements(By.cssSelector("#event-result #proposal")).isEmpty());

        Long urgent = jdbc.queryForObject("select max(id) from visit where roster_id = ? and elder_id = ? and due_by is not null",
                Long.class, rosterId(), elderId);
        assertThat(idsOnBoard("#affected tr[data-visit]")).containsExactly(urgent);
        assertThat(browser.driver.findElement(By.cssSelector("#event-result h3")).getText()).contains("加急上门").contains("出院随访");
        assertThat(browser.driver.findElements(By.cssSelector("#events tr[data-event]")))
                .anySatisfy(row -> assertThat(row.getText()).contains("加急上门").contains("出院后第一次随访"));
        Visit placed = visits.findById(urgent).orElseThrow();
        assertThat(placed.isAssigned()).as("placed by the quick re-plan").isTrue();
        assertThat(placed.getVisitDate()).isBetween(LAST_MONTH.atDay(15), LAST_MONTH.atDay(18));
        assertThat(browser.driver.findElements(By.cssSelector("#affected tr.moved[data-visit='" + urgent + "']"))).hasSize(1);
        assertThat(idsOnBoard("#proposal li[data-visit]")).contains(urgent);
        browser.script("document.getElementById('event-result').scrollIntoView()");
        browser.screenshot("dispatcher-urgent-visit");

        // After a reload the event's answer is gone; the draft's changes still list the urgent visit.
        openBoard();
        browser.waitFor(By.id("draft-box")).findElement(By.tagName("summary")).click();
        assertThat(idsOnBoard("#draft-changes li[data-visit]")).contains(urgent);
        browser.signOut();
    }

    @Test
    @Order(20)
    void aDoctorOnAPhoneOpensTheListAndRecordsAVisitInOneTap() throws Exception {
        ((MutableClock) clock).advance(Duration.between(clock.instant(), Instant.now()));
        browser.driver.manage().window().setSize(new Dimension(360, 740));
        browser.signIn("doctor1", "demo-doctor");
        browser.waitFor(By.cssSelector("#visits h2"));
        assertThat(browser.driver.findElement(By.cssSelector("#visits h2")).getText()).contains("今天");
        browser.screenshot("doctor-today");
        // The week ahead, one tap away: seven different days from today, each dated in words.
        browser.driver.findElement(By.id("week")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#visits section")).size() == 7);
        List<String> week = browser.driver.findElements(By.cssSelector("#visits section h2")).stream().map(WebElement::getText).toList();
        assertThat(week.get(0)).contains("今天");
        assertThat(week).doesNotHaveDuplicates().allSatisfy(day -> assertThat(day).matches("\\d+月\\d+日 周.*"));
        browser.screenshot("doctor-week");

        browser.go("/doctor/?date=" + firstDayOfDoctor1());
        WebElement first = browser.waitFor(By.cssSelector("#visits article"));
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
        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
        browser.screenshot("doctor-recorded");
        browser.signOut();
        browser.driver.manage().window().setSize(new Dimension(1400, 900));
    }

    /**
     * Each page a doctor, a dispatcher or an administrator opens, on a 360×740 phone with the roster of
     * the month: in Chinese (the page says so), no wider than the phone, every form field labelled, no
     * date written as yyyy-mm-dd, and each date field's date in words beside it.
     */
    @Test
    @Order(30)
    void everyPageFitsAPhoneLabelsEachFieldAndWritesDatesInTheUsersLanguage() throws Exception {
        Map<String, Object> day = jdbc.queryForMap("select team_id, visit_date from visit where roster_id = ? and team_id is not null "
                + "order by visit_date, team_id limit 1", rosterId());
        String route = "/dispatcher/route.html?roster=" + rosterId() + "&team=" + day.get("team_id") + "&date=" + day.get("visit_date");
        Map<String, Map<String, String>> pages = Map.of(
                "doctor1/demo-doctor", Map.of("/doctor/?date=" + firstDayOfDoctor1(), "#visits article"),
                "dispatcher/demo-dispatcher", Map.of("/dispatcher/?month=" + LAST_MONTH, "#board td[data-team] button.day",
                        route, "#stops li"),
                "admin/demo-admin", Map.of("/admin/", "#working-days input", "/admin/elders.html", "#elders tr[data-elder]",
                        "/admin/import.html", "#files", "/admin/policy.html", "#routineMinutes",
                        "/dispatcher/?month=" + LAST_MONTH, "#board td[data-team] button.day"));
        browser.driver.manage().window().setSize(new Dimension(360, 740));
        for (var user : pages.entrySet()) {
            String[] login = user.getKey().split("/");
            browser.signIn(login[0], login[1]);
            for (var page : user.getValue().entrySet()) {
                browser.go(page.getKey());
                browser.waitFor(By.cssSelector(page.getValue()));
                browser.waitFor(By.id("who"));
                String where = login[0] + " at " + page.getKey();
                assertThat(browser.script("return document.documentElement.lang")).as(where).isEqualTo("zh-CN");
                assertThat((Long) browser.script("return document.documentElement.scrollWidth")).as("%s: wider than the phone: %s", where,
                        browser.script("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 360)"
                                + ".slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ')"))
                        .isLessThanOrEqualTo(360);
                assertThat((List<?>) browser.script("return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
                        + ".filter(e => ![...(e.labels || [])].some(l => l.textContent.trim()) && !(e.getAttribute('aria-label') || '').trim()"
                        + " && !e.getAttribute('aria-labelledby')).map(e => e.id || e.name || e.outerHTML.substring(0, 80))"))
                        .as("%s: fields without a label", where).isEmpty();
                assertThat((String) browser.script("return document.body.innerText")).as(where).doesNotContainPattern("\\b\\d{4}-\\d{2}(-\\d{2})?\\b");
                assertThat((List<?>) browser.script("return [...document.querySelectorAll('input[type=date]')].filter(e => e.value && "
                        + "!/^\\d+年\\d+月\\d+日 周.$/.test(e.nextElementSibling?.textContent)).map(e => e.id)"))
                        .as("%s: date fields without their date in words", where).isEmpty();
                browser.screenshot("phone-" + login[0] + page.getKey().replaceAll("[^a-z]+", "-"));
            }
            browser.signOut();
        }
        // A date typed into a field is written beside it in words.
        browser.signIn("admin", "demo-admin");
        WebElement from = browser.waitFor(By.id("from"));
        browser.script("arguments[0].value = '2026-12-03'; arguments[0].dispatchEvent(new Event('input', { bubbles: true }))", from);
        assertThat(from.findElement(By.xpath("following-sibling::*[1]")).getText()).isEqualTo("2026年12月3日 周四");
        browser.driver.findElement(By.id("add-leave")).click();
        assertThat(browser.driver.findElements(By.cssSelector("#leave tr.leave:last-child input[type=date] + .date-words"))).hasSize(2);
        browser.signOut();
        browser.driver.manage().window().setSize(new Dimension(1400, 900));
    }

    /** The keyboard alone signs in (Tab, Enter) and opens a visit of the board (Enter on its stop). */
    @Test
    @Order(31)
    void theKeyboardAloneSignsInAndOpensAVisitOfTheBoard() throws Exception {
        browser.go("/sign-in");
        browser.waitFor(By.id("username")).sendKeys("dispatcher", Keys.TAB);
        browser.driver.switchTo().activeElement().sendKeys("demo-dispatcher", Keys.ENTER);
        browser.waiting(Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*/dispatcher/$"));
        browser.go("/dispatcher/?month=" + LAST_MONTH);
        WebElement stop = browser.waitFor(By.cssSelector("#board td[data-team] button.stop"));
        stop.sendKeys(Keys.ENTER);
        assertThat(browser.waitFor(By.id("toggle-pin")).isEnabled()).isTrue();
        browser.signOut();
    }

    private LocalDate firstDayOfDoctor1() {
        Long teamId = jdbc.queryForObject("select team_id from account where username = 'doctor1'", Long.class);
        return jdbc.queryForObject("select min(v.visit_date) from visit v join roster r on r.id = v.roster_id "
                + "where r.month_start = ? and v.team_id = ?", LocalDate.class, LAST_MONTH.atDay(1), teamId);
    }

    @Test
    @Order(21)
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
        WebElement corrected = browser.waitFor(card);
        assertThat(corrected.findElement(By.cssSelector("textarea.notes")).getAttribute("value")).isEqualTo("下午补访，血压 135/85");
        corrected.findElement(By.cssSelector("details.history-box summary")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElements(By.cssSelector("#visits article[data-visit='" + visitId + "'] .history li")).size() == 2);
        List<WebElement> entries = browser.driver.findElements(By.cssSelector("#visits article[data-visit='" + visitId + "'] .history li"));
        assertThat(entries.get(0).getText()).contains("nurse1").contains("未完成 → 已完成").contains("备注");
        assertThat(entries.get(1).getText()).contains("doctor1").contains("待上门 → 未完成").contains("老人不在家");
        assertThat((Long) browser.script("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
        browser.script("arguments[0].scrollIntoView()", entries.get(0));
        browser.screenshot("doctor-history");
        browser.signOut();
        browser.driver.manage().window().setSize(new Dimension(1400, 900));
    }

    @Test
    @Order(21)
    void theAdministratorFindsAnElderWithTheIdMaskedAndReassessesThem() throws Exception {
        browser.signIn("admin", "demo-admin");
        browser.go("/admin/elders.html");
        browser.waitFor(By.cssSelector("#elders tr[data-elder]"));
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
    @Order(22)
    void anImportWithABadRowShowsTheRowAndWritesNothing() throws Exception {
        browser.signIn("admin", "demo-admin");
        browser.go("/admin/import.html");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("import");
        java.nio.file.Path contracts = dir.resolve("contracts.csv");
        java.nio.file.Files.writeString(contracts, "elder_code,team_code,service_package,start_date,end_date\n"
                + "NO-SUCH-ELDER,C01-T01,BASIC,2026-01-01,\n");
        Integer before = jdbc.queryForObject("select count(*) from contract", Integer.class);
        browser.waitFor(By.id("files")).sendKeys(contracts.toString());
        browser.driver.findElement(By.cssSelector("#import-form button[type=submit]")).click();
        WebElement cell = browser.waitFor(By.cssSelector("#report tr:nth-child(2) td:nth-child(2)"));
        assertThat(cell.getText()).isEqualTo("2");
        assertThat(browser.driver.findElement(By.id("message")).getText()).isEqualTo("导入被拒绝，未写入任何数据");
        assertThat(jdbc.queryForObject("select count(*) from contract", Integer.class)).isEqualTo(before);
        browser.screenshot("admin-import-refused");
        browser.signOut();
    }

    @Test
    @Order(23)
    void theAdministratorSetsAWeightAndThePolicyWithTheDefaultsBeside() throws Exception {
        browser.signIn("admin", "demo-admin");
        browser.go("/admin/policy.html");
        WebElement routine = browser.waitFor(By.id("routineMinutes"));
        assertThat(routine.getAttribute("value")).isEqualTo("30");
        assertThat(browser.driver.findElement(By.cssSelector("[data-default=routineMinutes]")).getText()).isEqualTo("30");
        WebElement travel = browser.driver.findElement(By.id("weight-travel-time"));
        assertThat(browser.driver.findElement(By.cssSelector("label[for=weight-travel-time]")).getText()).isEqualTo("路上时间");
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
        assertThat(browser.waitFor(By.id("routineMinutes")).getAttribute("value")).isEqualTo("35");
        assertThat(jdbc.queryForObject("select routine_minutes from visit_policy", Integer.class)).isEqualTo(35);
        assertThat(browser.driver.findElement(By.id("weight-travel-time")).getAttribute("value")).isEqualTo("2soft");
        browser.screenshot("admin-policy");
        browser.signOut();
    }

    /**
     * The what-if beside a tried change: the month's roster, its unassigned visits today as they stand,
     * and figures after the quick re-plan.
     */
    private void assertWhatIfAgainstToday() {
        WebElement row = browser.waitFor(By.cssSelector("#what-if tr[data-roster='" + rosterId() + "']"));
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(row.findElement(By.tagName("th")).getText()).isEqualTo(LAST_MONTH.getYear() + "年" + LAST_MONTH.getMonthValue() + "月");
        assertThat(cells).hasSize(5);
        assertThat(Integer.valueOf(cells.get(0).getText())).isEqualTo(jdbc.queryForObject(
                "select count(*) from visit where roster_id = ? and team_id is null", Integer.class, rosterId()));
        assertThat(cells).allSatisfy(cell -> assertThat(cell.getText()).matches("\\d+"));
    }

}

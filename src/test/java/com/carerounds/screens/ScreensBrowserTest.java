package com.carerounds.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.account.MutableClock;
import com.carerounds.team.TeamRepository;
import com.carerounds.testing.StepLimitedSolves;
import com.carerounds.visit.VisitRepository;
import com.carerounds.visit.VisitStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The three users' pages in a real headless Chromium on the demo center: the dispatcher creates,
 * solves and publishes last month's roster and reads the board; a doctor on a 360×740 phone opens the
 * list and records an outcome; the administrator sees which visits a capacity cut pushes out before
 * saving it; a doctor cannot open the dispatcher's pages. Last month, planned the day before it began,
 * so that afterwards every day of it may have an outcome. Each step saves a screenshot under
 * target/screenshots.
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
    private Browser browser;

    @BeforeAll
    void openBrowser() {
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

        waitFor(By.cssSelector("#board td[data-team]"));
        List<WebElement> cells = browser.driver.findElements(By.cssSelector("#board td[data-team]"));
        assertThat(cells).isNotEmpty();
        int stops = browser.driver.findElements(By.cssSelector("#board .stop")).size();
        Integer planned = jdbc.queryForObject("select count(*) from visit v join roster r on r.id = v.roster_id "
                + "where r.month_start = ? and v.team_id is not null", Integer.class, LAST_MONTH.atDay(1));
        assertThat(stops).isEqualTo(planned);
        assertThat(browser.driver.findElement(By.cssSelector("#board th[scope=col]:nth-child(2)")).getText())
                .matches("\\d+月\\d+日.*周.");
        browser.screenshot("dispatcher-board");
        browser.signOut();
    }

    @Test
    @Order(5)
    void aDoctorOnAPhoneOpensTheListAndRecordsAVisitInOneTap() throws Exception {
        ((MutableClock) clock).advance(Duration.between(clock.instant(), Instant.now()));
        browser.driver.manage().window().setSize(new Dimension(360, 740));
        browser.signIn("doctor1", "demo-doctor");
        waitFor(By.cssSelector("#visits h2"));
        assertThat(browser.driver.findElement(By.cssSelector("#visits h2")).getText()).contains("今天");
        browser.screenshot("doctor-today");

        Long teamId = jdbc.queryForObject("select team_id from account where username = 'doctor1'", Long.class);
        LocalDate day = jdbc.queryForObject("select min(v.visit_date) from visit v join roster r on r.id = v.roster_id "
                + "where r.month_start = ? and v.team_id = ?", LocalDate.class, LAST_MONTH.atDay(1), teamId);
        browser.go("/doctor/?date=" + day);
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
        Long pageWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(pageWidth).isLessThanOrEqualTo(360);
        browser.screenshot("doctor-recorded");
        browser.signOut();
        browser.driver.manage().window().setSize(new Dimension(1400, 900));
    }

    @Test
    @Order(4)
    void theAdministratorSeesWhichVisitsACapacityCutPushesOutBeforeSaving() throws Exception {
        browser.signIn("admin", "demo-admin");
        waitFor(By.cssSelector("#team option"));
        WebElement team = browser.driver.findElement(By.id("team"));
        Long teamId = Long.valueOf(team.getAttribute("value"));
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
        browser.signOut();
    }

    @Test
    @Order(6)
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
    @Order(7)
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

    private void setDate(String id, LocalDate date) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, date.toString());
    }
}

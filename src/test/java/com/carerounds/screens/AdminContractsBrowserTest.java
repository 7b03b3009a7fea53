package com.carerounds.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.account.Account;
import com.carerounds.account.AccountRepository;
import com.carerounds.account.Role;
import com.carerounds.center.HealthCenter;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.geo.Location;
import com.carerounds.team.Capacity;
import com.carerounds.team.MemberRole;
import com.carerounds.team.Team;
import com.carerounds.team.TeamMember;
import com.carerounds.team.TeamRepository;
import com.carerounds.team.TravelMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/**
 * The administrator's contract changes on the elders page, in a real headless Chromium on the demo
 * center: one elder changes team from a date, another's contract is ended and a new one signed after a
 * refused overlap; refusals stand next to the field they concern, in Chinese and in English, and write
 * nothing; the page fits a 360-pixel phone; a doctor cannot open it, neither a doctor nor a dispatcher
 * may change a contract, and another center's administrator does not see the center's contracts. Every change is checked in the database. Screenshots under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"carerounds.demo.enabled=true", "spring.application.name=admin-contracts"})
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminContractsBrowserTest {

    /** The browser's day, which decides what the page calls in force. */
    private static final LocalDate TODAY = LocalDate.now();
    private static final String OTHER_PASSWORD = "other-center-password";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired HealthCenterRepository centers;
    @Autowired TeamRepository teams;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    /** A team and an administrator of another center. */
    private Long otherTeamId;
    private Browser browser;
    /** Two demo elders whose open-ended contract is in force today: one changes team, one is ended and signed anew. */
    private Elder mover;
    private Elder renewer;

    private record Elder(long id, String code, long contractId, long teamId, LocalDate start, String servicePackage) {
    }

    @BeforeAll
    void openBrowser() {
        List<Elder> open = jdbc.query("select e.id, e.code, c.id contract_id, c.team_id, c.start_date, c.service_package "
                        + "from elder e join contract c on c.elder_id = e.id where c.start_date < ? and c.end_date is null "
                        + "order by e.code limit 2",
                (rs, n) -> new Elder(rs.getLong("id"), rs.getString("code"), rs.getLong("contract_id"), rs.getLong("team_id"),
                        rs.getObject("start_date", LocalDate.class), rs.getString("service_package")), TODAY);
        assertThat(open).hasSize(2);
        mover = open.get(0);
        renewer = open.get(1);
        HealthCenter other = centers.save(new HealthCenter("OTHER", "江苏路街道社区卫生服务中心", "上海市长宁区江苏路1号",
                new Location(31.22, 121.43), LocalTime.of(13, 0), LocalTime.of(17, 0)));
        otherTeamId = teams.save(new Team(other.getId(), "O-T1", "别的团队", TravelMode.EBIKE, new Capacity(240, 8),
                List.of(new TeamMember("赵医生", MemberRole.GENERAL_PRACTITIONER)), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)))
                .getId();
        accounts.save(new Account("other-admin", encoder.encode(OTHER_PASSWORD), Role.ADMIN, "别的管理员", other.getId(), null));
        browser = Browser.open(port, 1400, 900);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }




    private String waitForMessage(String text) {
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("message")).getText().equals(text));
        return text;
    }

    private String waitForText(String id) {
        return browser.waiting(Duration.ofSeconds(20)).until(d -> {
            String text = d.findElement(By.id(id)).getText();
            return text.isEmpty() ? null : text;
        });
    }

    /** Finds the elder by code, as the administrator would, and opens their contracts. */
    private void openContracts(Elder elder) {
        browser.go("/admin/elders.html");
        browser.waitFor(By.cssSelector("#elders tr[data-elder]"));
        browser.driver.findElement(By.id("search")).sendKeys(elder.code());
        browser.waiting(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#elders tr[data-elder]")).size() == 1);
        browser.driver.findElement(By.cssSelector("#elders tr[data-elder='" + elder.id() + "'] .open-contracts")).click();
        browser.waitFor(By.cssSelector("#contracts li.card"));
        assertThat(browser.driver.findElements(By.cssSelector("#contracts li.card"))).hasSize(contractsOf(elder).size());
    }

    private List<Map<String, Object>> contractsOf(Elder elder) {
        return jdbc.queryForList("select id, team_id, service_package, start_date, end_date from contract where elder_id = ? "
                + "order by start_date", elder.id());
    }

    private LocalDate endOf(long contractId) {
        return jdbc.queryForObject("select end_date from contract where id = ?", LocalDate.class, contractId);
    }

    private static String chinese(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    @Test
    @Order(1)
    void theAdministratorChangesAnEldersTeamFromADate() throws Exception {
        browser.signIn("admin", "demo-admin");
        openContracts(mover);
        assertThat(browser.driver.findElement(By.cssSelector("#contracts li[data-contract='" + mover.contractId() + "']"))
                .getAttribute("data-state")).isEqualTo("inForce");
        Select team = new Select(browser.driver.findElement(By.id("change-team")));
        assertThat(team.getOptions()).as("the other teams of the center").hasSize(
                jdbc.queryForObject("select count(*) from team t join elder e on e.center_id = t.center_id where e.id = ?",
                        Integer.class, mover.id()) - 1);
        long newTeam = Long.parseLong(team.getOptions().get(0).getAttribute("value"));
        LocalDate from = TODAY.plusDays(10);
        team.selectByValue(String.valueOf(newTeam));
        browser.setDate("change-from", from);
        browser.driver.findElement(By.id("change-submit")).click();
        waitForMessage("已更换团队");

        assertThat(endOf(mover.contractId())).isEqualTo(from.minusDays(1));
        Map<String, Object> successor = jdbc.queryForMap("select team_id, service_package, end_date from contract "
                + "where elder_id = ? and start_date = ?", mover.id(), from);
        assertThat(((Number) successor.get("team_id")).longValue()).isEqualTo(newTeam);
        assertThat(successor.get("service_package")).isEqualTo(mover.servicePackage());
        assertThat(successor.get("end_date")).isNull();
        browser.waiting(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("#contracts li.card")).size()
                == contractsOf(mover).size());
        assertThat(browser.driver.findElement(By.cssSelector("#contracts li[data-state=notStarted]")).getText())
                .contains(chinese(from), "长期");
        browser.screenshot("admin-contracts-team-changed");
    }

    @Test
    @Order(2)
    void anEndBeforeTheContractsStartIsRefusedNextToTheEndDateAndWritesNothing() throws Exception {
        LocalDate endBefore = endOf(mover.contractId());
        browser.setDate("end-date", mover.start().minusDays(1));
        browser.driver.findElement(By.id("end-submit")).click();
        assertThat(waitForText("end-date-error")).isEqualTo("结束日期不能早于开始日期（" + chinese(mover.start()) + "）");
        assertThat(browser.driver.findElement(By.id("end-date")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(waitForMessage("未保存任何修改")).isNotEmpty();
        assertThat(endOf(mover.contractId())).isEqualTo(endBefore);
        browser.script("document.getElementById('end-form').scrollIntoView()");
        browser.screenshot("admin-contracts-end-refused");
    }

    @Test
    @Order(3)
    void theAdministratorEndsTheContractInForce() throws Exception {
        openContracts(renewer);
        LocalDate end = TODAY.plusDays(5);
        browser.setDate("end-date", end);
        browser.driver.findElement(By.id("end-submit")).click();
        waitForMessage("签约已结束");
        assertThat(endOf(renewer.contractId())).isEqualTo(end);
        assertThat(browser.driver.findElement(By.cssSelector("#contracts li[data-contract='" + renewer.contractId() + "']"))
                .getText()).contains(chinese(end));
    }

    @Test
    @Order(4)
    void anOverlappingContractIsRefusedNamingTheContractInTheWayThenSignedFromTheNextDay() throws Exception {
        int before = contractsOf(renewer).size();
        LocalDate lastDay = endOf(renewer.contractId());
        Select team = new Select(browser.driver.findElement(By.id("sign-team")));
        long teamId = Long.parseLong(team.getOptions().get(team.getOptions().size() - 1).getAttribute("value"));
        team.selectByValue(String.valueOf(teamId));
        new Select(browser.driver.findElement(By.id("sign-package"))).selectByValue("ENHANCED");
        browser.setDate("sign-start", lastDay);
        browser.driver.findElement(By.id("sign-submit")).click();
        String refusal = waitForText("sign-start-error");
        assertThat(refusal).startsWith("与签约 #" + renewer.contractId() + "（").contains("时间重叠", chinese(lastDay));
        assertThat(contractsOf(renewer)).hasSize(before);
        assertThat(browser.driver.findElement(By.id("sign-start")).getAttribute("value"))
                .as("a refused form keeps what was entered").isEqualTo(lastDay.toString());
        browser.script("document.getElementById('sign-form').scrollIntoView()");
        browser.screenshot("admin-contracts-overlap-refused");

        browser.setDate("sign-start", lastDay.plusDays(1));
        browser.driver.findElement(By.id("sign-submit")).click();
        waitForMessage("已签约");
        assertThat(browser.driver.findElement(By.id("sign-start-error")).getText()).isEmpty();
        Map<String, Object> signed = jdbc.queryForMap("select team_id, service_package, end_date from contract "
                + "where elder_id = ? and start_date = ?", renewer.id(), lastDay.plusDays(1));
        assertThat(((Number) signed.get("team_id")).longValue()).isEqualTo(teamId);
        assertThat(signed.get("service_package")).isEqualTo("ENHANCED");
        assertThat(signed.get("end_date")).isNull();
        assertThat(contractsOf(renewer)).hasSize(before + 1);
        browser.screenshot("admin-contracts-signed");
    }

    @Test
    @Order(5)
    void aTeamOfAnotherCenterIsRefusedNextToTheTeamField() throws Exception {
        int before = contractsOf(renewer).size();
        // The page offers the center's teams only; a request naming another's is what a forged or stale form sends.
        browser.script("const o = document.createElement('option'); o.value = arguments[0]; o.textContent = '别的团队';"
                + "document.getElementById('sign-team').append(o); o.selected = true;", otherTeamId);
        browser.setDate("sign-start", TODAY.plusYears(5));
        browser.driver.findElement(By.id("sign-submit")).click();
        assertThat(waitForText("sign-team-error")).isEqualTo("请选择老人所在服务中心的团队");
        assertThat(browser.driver.findElement(By.id("sign-start-error")).getText()).isEmpty();
        assertThat(contractsOf(renewer)).hasSize(before);
        browser.script("document.getElementById('sign-form').scrollIntoView()");
        browser.screenshot("admin-contracts-other-center-team-refused");
    }

    @Test
    @Order(6)
    void refusalsReadInEnglishWhenEnglishIsChosen() throws Exception {
        browser.driver.findElement(By.id("language")).click();
        // The chosen elder stays open across the reload.
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("contracts-title")).getText()
                .startsWith("Contracts of "));
        int before = contractsOf(renewer).size();
        browser.setDate("sign-start", TODAY.plusDays(20));
        browser.driver.findElement(By.id("sign-submit")).click();
        assertThat(waitForText("sign-start-error")).startsWith("Overlaps contract #")
                .contains("an elder has one contract in force on any day");
        assertThat(browser.driver.findElement(By.id("message")).getText()).isEqualTo("Nothing was saved");
        assertThat(contractsOf(renewer)).hasSize(before);
        browser.script("document.getElementById('sign-form').scrollIntoView()");
        browser.screenshot("admin-contracts-refused-english");
        browser.driver.findElement(By.id("language")).click();
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("contracts-title")).getText().startsWith("签约："));
    }

    @Test
    @Order(7)
    void thePageFitsA360PixelPhoneWithEveryFieldLabelled() throws Exception {
        browser.driver.manage().window().setSize(new Dimension(360, 740));
        try {
            browser.go("/admin/elders.html#elder=" + mover.id());
            browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("contracts-title")).getText()
                    .contains(mover.code()));
            browser.waitFor(By.id("end-form"));
            for (String part : List.of("elders", "contracts-section")) {
                browser.script("document.getElementById(arguments[0]).scrollIntoView()", part);
                assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                        .as("wider than the phone at %s: %s", part, browser.script("return [...document.querySelectorAll('main *')]"
                                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth).slice(0, 5)"
                                + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ')"))
                        .isLessThanOrEqualTo((Long) browser.script("return window.innerWidth"));
                browser.screenshot("admin-contracts-phone-" + part);
            }
            assertThat((Long) browser.script("return window.innerWidth")).isLessThanOrEqualTo(360L);
            assertThat((Long) browser.script("return [...document.querySelectorAll('#contracts-section input, #contracts-section select')]"
                    + ".filter(e => e.labels.length === 0).length")).as("fields without a label").isZero();
            browser.script("document.getElementById('sign-form').scrollIntoView()");
            browser.screenshot("admin-contracts-phone-forms");
        } finally {
            browser.driver.manage().window().setSize(new Dimension(1400, 900));
            browser.signOut();
        }
    }

    @Test
    @Order(8)
    void aDoctorCannotOpenThePageAndNeitherADoctorNorADispatcherMayChangeAContract() throws Exception {
        browser.signIn("doctor1", "demo-doctor");
        browser.go("/admin/elders.html");
        assertThat(browser.waitFor(By.id("forbidden")).getText()).isEqualTo("无权访问此页面");
        browser.screenshot("admin-contracts-doctor-refused");
        LocalDate endBefore = endOf(renewer.contractId());
        String body = "{\"version\": 0, \"teamId\": " + renewer.teamId() + ", \"from\": \"" + TODAY.plusDays(1) + "\"}";
        assertThat(statusOf("POST", "/api/contracts/" + renewer.contractId() + "/team-change", body)).isEqualTo(403);
        browser.signOut();

        browser.signIn("dispatcher", "demo-dispatcher");
        assertThat(statusOf("GET", "/api/contracts?elderId=" + renewer.id(), null)).as("a dispatcher reads").isEqualTo(200);
        assertThat(statusOf("POST", "/api/contracts/" + renewer.contractId() + "/team-change", body)).isEqualTo(403);
        assertThat(statusOf("DELETE", "/api/contracts/" + renewer.contractId(), null)).isEqualTo(403);
        assertThat(endOf(renewer.contractId())).isEqualTo(endBefore);
        browser.signOut();
    }

    @Test
    @Order(9)
    void anotherCentersAdministratorDoesNotSeeTheCentersContracts() throws Exception {
        browser.signIn("other-admin", OTHER_PASSWORD);
        assertThat(statusOf("GET", "/api/contracts/" + renewer.contractId(), null)).isEqualTo(404);
        assertThat(statusOf("GET", "/api/contracts?elderId=" + renewer.id(), null)).isEqualTo(404);
        String body = "{\"version\": 0, \"teamId\": " + otherTeamId + ", \"from\": \"" + TODAY.plusDays(1) + "\"}";
        assertThat(statusOf("POST", "/api/contracts/" + renewer.contractId() + "/team-change", body)).isEqualTo(404);
        browser.signOut();
    }

    /** What the service answers the signed-in session's call, sent as the pages send theirs (with the CSRF token). */
    private long statusOf(String method, String path, String body) {
        browser.go("/assets/app.css");
        return (Long) ((JavascriptExecutor) browser.driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = decodeURIComponent((document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')) || '=').split('=')[1]);
                fetch(arguments[1], {method: arguments[0], body: arguments[2], headers: {Accept: 'application/json',
                    'Content-Type': 'application/json', 'X-XSRF-TOKEN': token}}).then(r => done(r.status));""", method, path, body);
    }
}

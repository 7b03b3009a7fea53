package com.carerounds.screens;

import static org.assertj.core.api.Assertions.assertThat;

import com.carerounds.testing.StepLimitedSolves;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 14, "enough contrast": every page each role uses, with this month's demo roster solved and
 * published, on a desktop and a 360-pixel phone, has WCAG 2.1 AA contrast for every visible text (contrast.js
 * computes it in the page from the computed colours). Each page saves a screenshot under target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"carerounds.demo.enabled=true", "optaplanner.solver.termination.spent-limit=120s",
                "optaplanner.solver.termination.unimproved-spent-limit=120s", "carerounds.test.local-search-steps=300",
                "spring.application.name=contrast"})
@Import(StepLimitedSolves.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContrastBrowserTest {

    private static final YearMonth MONTH = YearMonth.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    private Browser browser;
    private String contrast;

    @BeforeAll
    void openBrowser() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/contrast.js")) {
            contrast = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        browser = Browser.open(port, 1400, 900);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void everyTextOnEveryPageHasEnoughContrast() throws Exception {
        browser.go("/sign-in");
        // The check itself: grey #949494 on white (3.03:1) is too faint for body text and for a placeholder,
        // enough for large bold text.
        ((JavascriptExecutor) browser.driver).executeScript("document.body.insertAdjacentHTML('beforeend', "
                + "'<p id=faint style=\"color:#949494\">淡</p><p id=large style=\"color:#949494;font:700 19px sans-serif\">大</p>"
                + "<style>#hint::placeholder { color: #949494 }</style><input id=hint aria-label=提示 placeholder=提示>')");
        List<String> probe = new ArrayList<>();
        check("/sign-in with faint texts", "#faint", probe);
        assertThat(probe).containsExactly("/sign-in with faint texts: p#faint #949494 on #ffffff = 3.03:1 «淡»",
                "/sign-in with faint texts: input#hint::placeholder #949494 on #ffffff = 3.03:1 «提示»");

        browser.signIn("dispatcher", "demo-dispatcher");
        browser.go("/dispatcher/?month=" + MONTH);
        browser.waiting(Duration.ofSeconds(20)).until(d -> d.findElement(By.id("create")).isEnabled());
        browser.driver.findElement(By.id("create")).click();
        browser.waiting(Duration.ofSeconds(30)).until(d -> d.findElement(By.id("solve")).isEnabled());
        browser.driver.findElement(By.id("solve")).click();
        browser.waiting(Duration.ofSeconds(180)).until(d -> d.findElement(By.id("publish")).isEnabled());
        browser.driver.findElement(By.id("publish")).click();
        browser.waiting(Duration.ofSeconds(60)).until(d -> d.findElement(By.id("status")).getText().equals("已发布"));
        browser.signOut();
        Map<String, Object> day = jdbc.queryForMap("select v.roster_id, v.team_id, v.visit_date from visit v join roster r "
                + "on r.id = v.roster_id where r.month_start = ? and v.team_id is not null order by v.visit_date, v.team_id limit 1",
                MONTH.atDay(1));
        String route = "/dispatcher/route.html?roster=" + day.get("roster_id") + "&team=" + day.get("team_id") + "&date=" + day.get("visit_date");
        LocalDate doctorsDay = jdbc.queryForObject("select min(v.visit_date) from visit v join roster r on r.id = v.roster_id "
                + "where r.month_start = ? and v.team_id = (select team_id from account where username = 'doctor1')",
                LocalDate.class, MONTH.atDay(1));
        Map<String, String> adminPages = new LinkedHashMap<>();
        adminPages.put("/admin/", "#working-days input");
        adminPages.put("/admin/elders.html", "#elders tr[data-elder]");
        adminPages.put("/admin/import.html", "#files");
        adminPages.put("/admin/policy.html", "#routineMinutes");

        List<String> offending = new ArrayList<>();
        // The phone lays some pages out differently (tables as cards), so the texts sit on other backgrounds.
        for (Dimension screen : List.of(new Dimension(1400, 900), new Dimension(360, 740))) {
            browser.driver.manage().window().setSize(screen);
            String at = " at " + screen.getWidth() + "px";
            browser.go("/sign-in");
            check("/sign-in" + at, "#sign-in", offending);
            browser.driver.findElement(By.id("username")).sendKeys("doctor1");
            browser.driver.findElement(By.id("password")).sendKeys("not-the-password");
            browser.driver.findElement(By.id("sign-in")).click();
            check("/sign-in?error" + at, "#message:not(:empty)", offending);

            browser.signIn("dispatcher", "demo-dispatcher");
            browser.go("/dispatcher/?month=" + MONTH);
            // A stop opened, so that its panel is read too.
            browser.waiting(Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#board td[data-team] button.stop"))).click();
            check("/dispatcher/" + at, "#selected:not([hidden])", offending);
            browser.go(route);
            check("/dispatcher/route.html" + at, "#stops li", offending);
            browser.signOut();

            browser.signIn("doctor1", "demo-doctor");
            browser.go("/doctor/?date=" + doctorsDay);
            check("/doctor/" + at, "#visits article", offending);
            browser.signOut();

            browser.signIn("admin", "demo-admin");
            for (var page : adminPages.entrySet()) {
                browser.go(page.getKey());
                if (page.getKey().equals("/admin/")) {
                    // A new member's empty row, so that its name field's placeholder is read too.
                    browser.waiting(Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(By.id("add-member"))).click();
                }
                check(page.getKey() + at, page.getValue(), offending);
            }
            browser.signOut();
        }
        browser.driver.manage().window().setSize(new Dimension(1400, 900));
        assertThat(offending).as("texts below 4.5:1 (3:1 when large)").isEmpty();
    }

    /** Waits for the page to show {@code drawn}, then adds its texts short of the contrast to {@code offending}. */
    @SuppressWarnings("unchecked")
    private void check(String page, String drawn, List<String> offending) throws IOException {
        browser.waiting(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(drawn)));
        Map<String, Object> found = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeScript(contrast);
        assertThat((Long) found.get("checked")).as("texts read on %s", page).isPositive();
        ((List<String>) found.get("offending")).forEach(text -> offending.add(page + ": " + text));
        browser.screenshot("contrast" + page.replaceAll("[^a-z0-9]+", "-"));
    }
}

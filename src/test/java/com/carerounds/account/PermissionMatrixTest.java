package com.carerounds.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.carerounds.center.HealthCenter;
import com.carerounds.center.HealthCenterRepository;
import com.carerounds.geo.Location;
import com.carerounds.roster.Roster;
import com.carerounds.roster.RosterRepository;
import com.carerounds.roster.RosterService;
import com.carerounds.roster.RosterStatus;
import com.carerounds.team.Capacity;
import com.carerounds.team.MemberRole;
import com.carerounds.team.Team;
import com.carerounds.team.TeamMember;
import com.carerounds.team.TeamRepository;
import com.carerounds.team.TravelMode;
import com.carerounds.visit.Visit;
import com.carerounds.visit.VisitRepository;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every endpoint for every kind of user: anonymous, each role of the demo center, and staff of
 * another center. "allowed" means the request got past sign-in and permissions (whatever it then
 * answered); "denied" is 403; "hidden" is 404, a record the user may not reach answered as missing;
 * anonymous is 401.
 */
// A context of its own (the extra property): the second center it adds must not leak into other tests.
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "spring.application.name=permission-matrix"})
@ActiveProfiles("test")
class PermissionMatrixTest {

    private static final String ALLOWED = "allowed";
    private static final String DENIED = "denied";
    private static final String HIDDEN = "hidden";
    private static final String ANONYMOUS = "anonymous";
    private static final List<String> USERS = List.of(ANONYMOUS, "admin", "dispatcher", "doctor1", "doctor2",
            "other-admin", "other-dispatcher", "other-doctor");

    @Autowired WebApplicationContext context;
    @Autowired HealthCenterRepository centers;
    @Autowired TeamRepository teams;
    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder encoder;
    @Autowired RosterService rosterService;
    @Autowired RosterRepository rosters;
    @Autowired VisitRepository visits;

    private MockMvc http;
    private Long centerId;
    private Long team1;
    private Long rosterId;
    private Long visitId;
    private Long elderId;
    private int team1Version;

    @BeforeEach
    void twoCenters() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        HealthCenter demo = centers.findAll().stream().filter(c -> c.getCode().equals("C01")).findFirst().orElseThrow();
        centerId = demo.getId();
        Team first = teams.findByCenterIdOrderByCode(centerId).get(0);
        team1 = first.getId();
        team1Version = first.getVersion();
        if (!accounts.existsByUsername("other-admin")) {
            HealthCenter other = centers.save(new HealthCenter("OTHER", "江苏路街道社区卫生服务中心", "上海市长宁区江苏路1号",
                    new Location(31.22, 121.43), LocalTime.of(13, 0), LocalTime.of(17, 0)));
            Team otherTeam = teams.save(new Team(other.getId(), "O-T1", "别的团队", TravelMode.EBIKE, new Capacity(240, 8),
                    List.of(new TeamMember("赵医生", MemberRole.GENERAL_PRACTITIONER)), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)));
            String password = encoder.encode("other-password");
            accounts.save(new Account("other-admin", password, Role.ADMIN, "别的管理员", other.getId(), null));
            accounts.save(new Account("other-dispatcher", password, Role.DISPATCHER, "别的调度员", other.getId(), null));
            accounts.save(new Account("other-doctor", password, Role.DOCTOR, "别的医生", other.getId(), otherTeam.getId()));
            Roster roster = rosterService.create(centerId, YearMonth.of(2027, 3)).roster();
            Visit visit = visits.findByRosterId(roster.getId()).get(0);
            visit.plan(team1, LocalDate.of(2027, 3, 2), LocalTime.of(9, 0), 0);
            visits.save(visit);
            // Published, so that its doctors reach the visit (an unpublished roster's are hidden from them).
            roster.changeStatus(RosterStatus.SOLVED);
            rosterService.publish(rosters.save(roster).getId());
        }
        Roster roster = rosterService.rosterOf(centerId, YearMonth.of(2027, 3)).orElseThrow();
        rosterId = roster.getId();
        Visit planned = visits.findByRosterId(rosterId).stream().filter(Visit::isAssigned).findFirst().orElseThrow();
        visitId = planned.getId();
        elderId = planned.getElderId();
    }

    private record Endpoint(HttpMethod method, String path, String body, Map<String, String> expected) {
    }

    private List<Endpoint> endpoints() {
        String rosterBody = "{\"centerId\": " + centerId + ", \"month\": \"2027-03\"}";
        String policy = "{\"version\": -1, \"homeHospitalBedBelow\": 45, \"routineMinutes\": 30, "
                + "\"homeHospitalBedMinutes\": 45, \"homeHospitalBedSkill\": \"NURSING\", "
                + "\"tiers\": [{\"minAdl\": 0, \"visitsPerMonth\": 4, \"minGapDays\": 4}], \"needRules\": []}";
        String capacity = "{\"version\": " + team1Version + ", \"maxVisitMinutes\": 240, \"maxVisits\": 8}";
        String teamBody = "{\"version\": " + team1Version + ", \"code\": \"C01-T01\", \"name\": \"团队\", \"travelMode\": \"EBIKE\", "
                + "\"maxVisitMinutes\": 240, \"maxVisits\": 8, \"members\": [{\"name\": \"林医生\", \"role\": \"NURSE\"}], "
                + "\"workingDays\": [\"MONDAY\"], \"leave\": []}";
        return List.of(
                new Endpoint(HttpMethod.GET, "/api/me", null, expect(ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED, ALLOWED)),
                new Endpoint(HttpMethod.POST, "/api/rosters", rosterBody, expect(ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/rosters", null, expect(ALLOWED, ALLOWED, DENIED, DENIED, ALLOWED, ALLOWED, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/rosters?centerId=" + centerId + "&month=2027-03&status=PUBLISHED", null,
                        expect(ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/rosters/" + rosterId, null, expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/rosters/" + rosterId + "/status", null, expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.DELETE, "/api/rosters/" + rosterId + "/solve", null, expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.POST, "/api/rosters/" + rosterId + "/publish", null, expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.PUT, "/api/rosters/" + rosterId + "/pins", "{\"pinned\": false, \"visitIds\": [" + visitId + "]}",
                        expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/rosters/" + rosterId + "/coverage", null, expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/rosters/" + rosterId + "/events", null, expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                // Refused after the permission check (a reason of another kind of event): nothing is recorded.
                new Endpoint(HttpMethod.POST, "/api/rosters/" + rosterId + "/events/team-unavailable",
                        "{\"teamId\": " + team1 + ", \"from\": \"2027-03-02\", \"reason\": \"DIED\"}",
                        expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.POST, "/api/rosters/" + rosterId + "/events/elder-away",
                        "{\"elderId\": " + elderId + ", \"from\": \"2027-03-02\", \"to\": \"2027-03-03\", \"reason\": \"DIED\"}",
                        expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.POST, "/api/rosters/" + rosterId + "/events/contract-ended",
                        "{\"elderId\": " + elderId + ", \"from\": \"2027-04-01\", \"reason\": \"HOSPITAL\"}",
                        expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.POST, "/api/rosters/" + rosterId + "/events/urgent-visit",
                        "{\"elderId\": " + elderId + ", \"withinDays\": 2, \"reason\": \"SICKNESS\"}",
                        expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/rosters/" + rosterId + "/revisions", null, expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/rosters/" + rosterId + "/draft/changes", null, expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/rosters/" + rosterId + "/route?teamId=" + team1 + "&date=2027-03-02", null,
                        expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/visits/" + visitId + "/history", null, expect(DENIED, DENIED, ALLOWED, HIDDEN, DENIED, DENIED, HIDDEN)),
                new Endpoint(HttpMethod.POST, "/api/rosters/" + rosterId + "/recommendations", "{\"elderId\": " + elderId + "}",
                        expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                // Position 99 never fits: the request is answered 409 and changes nothing.
                new Endpoint(HttpMethod.POST, "/api/rosters/" + rosterId + "/recommendations/apply", "{\"elderId\": " + elderId
                        + ", \"teamId\": " + team1 + ", \"date\": \"2027-03-09\", \"position\": 99}",
                        expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                // A stale version: 409 for those who may, nothing written.
                new Endpoint(HttpMethod.PUT, "/api/elders/" + elderId + "/visit-times", "{\"version\": -1, \"from\": \"2027-03-15\"}",
                        expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/teams/" + team1 + "/visits?from=2027-03-02", null, expect(ALLOWED, ALLOWED, ALLOWED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.POST, "/api/visits/" + visitId + "/outcome", "{\"status\": \"DONE\"}", expect(DENIED, DENIED, ALLOWED, HIDDEN, DENIED, DENIED, HIDDEN)),
                new Endpoint(HttpMethod.PATCH, "/api/teams/" + team1 + "/capacity", capacity, expect(ALLOWED, DENIED, DENIED, DENIED, HIDDEN, DENIED, DENIED)),
                new Endpoint(HttpMethod.POST, "/api/teams/" + team1 + "/capacity/preview", capacity, expect(ALLOWED, DENIED, DENIED, DENIED, HIDDEN, DENIED, DENIED)),
                new Endpoint(HttpMethod.POST, "/api/teams/" + team1 + "/preview", teamBody, expect(ALLOWED, DENIED, DENIED, DENIED, HIDDEN, DENIED, DENIED)),
                new Endpoint(HttpMethod.POST, "/api/import", "{}", expect(ALLOWED, DENIED, DENIED, DENIED, ALLOWED, DENIED, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/teams?centerId=" + centerId, null, expect(ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/teams/" + team1, null, expect(ALLOWED, ALLOWED, DENIED, DENIED, HIDDEN, HIDDEN, DENIED)),
                new Endpoint(HttpMethod.DELETE, "/api/teams/" + team1 + "?version=-1", null, expect(ALLOWED, DENIED, DENIED, DENIED, HIDDEN, DENIED, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/policy?centerId=" + centerId, null, expect(ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/policy/defaults?centerId=" + centerId, null, expect(ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED)),
                new Endpoint(HttpMethod.PUT, "/api/policy?centerId=" + centerId, policy, expect(ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED)),
                new Endpoint(HttpMethod.GET, "/api/constraint-weights?centerId=" + centerId, null, expect(ALLOWED, ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED)),
                new Endpoint(HttpMethod.PUT, "/api/constraint-weights?centerId=" + centerId, "{\"version\": -1, \"weights\": {}}",
                        expect(ALLOWED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED)));
    }

    /** Expectations in the order admin, dispatcher, doctor1, doctor2, other-admin, other-dispatcher, other-doctor. */
    private static Map<String, String> expect(String... signedIn) {
        Map<String, String> expected = new java.util.HashMap<>();
        expected.put(ANONYMOUS, ANONYMOUS);
        for (int i = 0; i < signedIn.length; i++) {
            expected.put(USERS.get(i + 1), signedIn[i]);
        }
        return expected;
    }

    @Test
    void everyEndpointForEveryRoleAndPlace() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String user : USERS) {
                MockHttpServletRequestBuilder call = request(endpoint.method(), endpoint.path());
                if (endpoint.body() != null) {
                    call.contentType(MediaType.APPLICATION_JSON).content(endpoint.body());
                }
                if (!user.equals(ANONYMOUS)) {
                    call.with(httpBasic(user, user.startsWith("other") ? "other-password"
                            : "demo-" + user.replaceAll("\\d", "")));
                }
                int status = http.perform(call).andReturn().getResponse().getStatus();
                String got = status == 401 ? ANONYMOUS : status == 403 ? DENIED : status == 404 ? HIDDEN : ALLOWED;
                if (!got.equals(endpoint.expected().get(user))) {
                    wrong.add(endpoint.method() + " " + endpoint.path() + " as " + user + ": " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void publicPagesNeedNoSignIn() throws Exception {
        for (String path : List.of("/actuator/health", "/v3/api-docs")) {
            assertThat(http.perform(request(HttpMethod.GET, path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
        }
        var denied = http.perform(request(HttpMethod.GET, "/api/me")).andReturn().getResponse();
        assertThat(denied.getContentType()).isEqualTo("application/problem+json");
    }
}

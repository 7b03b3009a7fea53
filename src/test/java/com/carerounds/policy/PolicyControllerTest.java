package com.carerounds.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The center's visit policy and constraint weights: dispatchers read them, administrators change them. */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "spring.application.name=policy"})
@ActiveProfiles("test")
class PolicyControllerTest {

    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo-admin");
    private static final RequestPostProcessor DISPATCHER = httpBasic("dispatcher", "demo-dispatcher");

    @Autowired WebApplicationContext context;
    @Autowired PolicyAdministration policies;
    @Autowired VisitPolicyRepository saved;

    private MockMvc http() {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** A center has the defaults until an administrator saves a change; reading them stores nothing. */
    @Test
    void readingAPolicyNeverWritesOne() {
        long centerWithoutPolicy = 424_242L;
        VisitPolicy read = policies.policyOf(centerWithoutPolicy);

        assertThat(read.getTiers()).isEqualTo(VisitPolicy.defaults(centerWithoutPolicy).getTiers());
        assertThat(policies.weightsOf(centerWithoutPolicy).asMap()).containsEntry("travel-time", "1soft");
        assertThat(saved.findByCenterId(centerWithoutPolicy)).isEmpty();
    }

    @Test
    void anAdministratorChangesTheFrequencyTiersAndADispatcherSeesThem() throws Exception {
        MockMvc http = http();
        String current = http.perform(get("/api/policy").with(DISPATCHER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.homeHospitalBedBelow").value(45))
                .andExpect(jsonPath("$.tiers[0].visitsPerMonth").value(4))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(current, "$.version");
        String changed = current.replace("\"homeHospitalBedBelow\":45", "\"homeHospitalBedBelow\":40");

        http.perform(put("/api/policy").with(DISPATCHER).contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isForbidden());
        http.perform(put("/api/policy").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.homeHospitalBedBelow").value(40))
                .andExpect(jsonPath("$.version").value(version + 1));
        http.perform(put("/api/policy").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(changed))
                .andExpect(status().isConflict());
        http.perform(get("/api/policy").with(DISPATCHER)).andExpect(jsonPath("$.homeHospitalBedBelow").value(40));
        // The defaults stay beside the change, for the administrator's page.
        http.perform(get("/api/policy/defaults").with(ADMIN)).andExpect(status().isOk())
                .andExpect(jsonPath("$.homeHospitalBedBelow").value(45))
                .andExpect(jsonPath("$.tiers[*].minAdl").value(org.hamcrest.Matchers.contains(0, 45, 60)))
                .andExpect(jsonPath("$.tiers[*].visitsPerMonth").value(org.hamcrest.Matchers.contains(4, 3, 2)));
    }

    @Test
    void weightsAreCheckedThenSavedForTheCentersSolves() throws Exception {
        MockMvc http = http();
        String current = http.perform(get("/api/constraint-weights").with(DISPATCHER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.weights['travel-time']").value("1soft"))
                .andExpect(jsonPath("$.weights['continuity']").value("50000soft"))
                .andExpect(jsonPath("$.constraints[0].id").value("required-skills"))
                .andExpect(jsonPath("$.constraints[0].name").value("Team has the required skills"))
                .andExpect(jsonPath("$.constraints[0].level").value("HARD"))
                .andExpect(jsonPath("$.constraints[0].defaultWeight").value("100hard"))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(current, "$.version");

        http.perform(put("/api/constraint-weights").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"weights\": {\"coffee-breaks\": \"1soft\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weights.coffee-breaks"));
        http.perform(put("/api/constraint-weights").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"weights\": {\"travel-time\": \"lots\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weights.travel-time"));
        // A soft preference given a hard weight would make every roster infeasible.
        http.perform(put("/api/constraint-weights").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"weights\": {\"travel-time\": \"1hard\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].reason", containsString("soft constraint")));
        http.perform(put("/api/constraint-weights").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"weights\": {\"travel-time\": \"3soft\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weights['travel-time']").value("3soft"))
                .andExpect(jsonPath("$.weights['preferred-half-day']").value("900soft"));
        http.perform(get("/api/constraint-weights").with(DISPATCHER))
                .andExpect(jsonPath("$.weights['travel-time']").value("3soft"))
                .andExpect(jsonPath("$.constraints[11].weight").value("3soft"))
                .andExpect(jsonPath("$.constraints[11].defaultWeight").value("1soft"));
    }
}

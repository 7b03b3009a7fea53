package com.carerounds.policy;

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

    private MockMvc http() {
        return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
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
    }

    @Test
    void weightsAreCheckedThenSavedForTheCentersSolves() throws Exception {
        MockMvc http = http();
        String current = http.perform(get("/api/constraint-weights").with(DISPATCHER)).andExpect(status().isOk())
                .andExpect(jsonPath("$.weights['Travel time']").value("1soft"))
                .andExpect(jsonPath("$.weights['Contracted team makes the visit']").value("50000soft"))
                .andReturn().getResponse().getContentAsString();
        int version = JsonPath.read(current, "$.version");

        http.perform(put("/api/constraint-weights").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"weights\": {\"Coffee breaks\": \"1soft\"}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("no constraint named 'Coffee breaks'"));
        http.perform(put("/api/constraint-weights").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"weights\": {\"Travel time\": \"lots\"}}"))
                .andExpect(status().isBadRequest());
        http.perform(put("/api/constraint-weights").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": " + version + ", \"weights\": {\"Travel time\": \"3soft\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.weights['Travel time']").value("3soft"))
                .andExpect(jsonPath("$.weights['Elder preferred half-day']").doesNotExist())
                .andExpect(jsonPath("$.weights[\"Elder's preferred half-day\"]").value("900soft"));
        http.perform(get("/api/constraint-weights").with(DISPATCHER))
                .andExpect(jsonPath("$.weights['Travel time']").value("3soft"));
    }
}

package com.carerounds.team;

import java.time.Clock;
import org.springframework.test.context.bean.override.convention.TestBean;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

/** An administrator adds, changes and removes a team; what is still in use cannot be removed. */
@SpringBootTest(properties = {"carerounds.demo.enabled=true", "spring.application.name=teams"})
@ActiveProfiles("test")
class TeamControllerTest {

    @TestBean(methodName = "com.carerounds.TestToday#beforeTheMonth") Clock clock;

    private static final RequestPostProcessor ADMIN = httpBasic("admin", "demo-admin");
    private static final String NEW_TEAM = """
            {"code": "C01-T07", "name": "第七家庭医生团队", "travelMode": "EBIKE", "maxVisitMinutes": 240,
             "maxVisits": 8, "workingDays": ["MONDAY", "WEDNESDAY", "FRIDAY"],
             "members": [{"name": "周医生", "role": "GENERAL_PRACTITIONER"}, {"name": "吴护士", "role": "NURSE"}],
             "leave": [{"startDate": "2026-12-21", "endDate": "2026-12-23", "reason": "培训"}]}
            """;

    @Autowired WebApplicationContext context;

    @Test
    void anAdministratorKeepsTheCentersTeams() throws Exception {
        MockMvc http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String created = http.perform(post("/api/teams").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(NEW_TEAM))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.skills", containsInAnyOrder("GENERAL_PRACTICE", "NURSING")))
                .andReturn().getResponse().getContentAsString();
        Number id = JsonPath.read(created, "$.id");
        int version = JsonPath.read(created, "$.version");

        http.perform(post("/api/teams").with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(NEW_TEAM))
                .andExpect(status().isConflict());
        http.perform(post("/api/teams").with(ADMIN).contentType(MediaType.APPLICATION_JSON)
                        .content(NEW_TEAM.replace("C01-T07", "C01-T08").replaceAll("\"members\": \\[[^]]*]", "\"members\": []")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("members"));

        String renamed = NEW_TEAM.replace("{\"code\"", "{\"version\": " + version + ", \"code\"").replace("第七", "第七（新）");
        http.perform(put("/api/teams/{id}", id).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(renamed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("第七（新）家庭医生团队"));
        http.perform(put("/api/teams/{id}", id).with(ADMIN).contentType(MediaType.APPLICATION_JSON).content(renamed))
                .andExpect(status().isConflict());
        http.perform(get("/api/teams").with(httpBasic("dispatcher", "demo-dispatcher")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(7));

        String first = http.perform(get("/api/teams").with(ADMIN)).andReturn().getResponse().getContentAsString();
        Number busy = JsonPath.read(first, "$[0].id");
        int busyVersion = JsonPath.read(first, "$[0].version");
        http.perform(delete("/api/teams/{id}", busy).with(ADMIN).param("version", String.valueOf(busyVersion)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("contract(s)")));
        http.perform(delete("/api/teams/{id}", id).with(ADMIN).param("version", String.valueOf(version + 1)))
                .andExpect(status().isNoContent());
        http.perform(get("/api/teams/{id}", id).with(ADMIN)).andExpect(status().isNotFound());
    }
}

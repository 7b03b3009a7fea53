package com.carerounds.elder;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.carerounds.config.SecurityConfiguration;
import com.carerounds.kernel.ConflictException;
import com.carerounds.kernel.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each error path of the administration API as problem details, on a web slice with the real security
 * configuration and a mocked service: the status, the field and the reason, and nothing internal.
 */
@WebMvcTest(ElderController.class)
@Import(SecurityConfiguration.class)
@WithMockUser(roles = "ADMIN")
class ProblemHandlerSliceTest {

    private static final String ELDER = """
            {"version": 3, "code": "E1", "name": "吴老人", "sex": "F", "birthDate": "1936-05-06",
             "nationalId": "310105193803050022", "address": "上海市长宁区愚园路3号", "latitude": 31.2, "longitude": 121.4}""";

    @Autowired MockMvc http;
    @MockitoBean ElderAdministration elders;

    @Test
    void aDatabaseConflictIsA409WithoutTheSqlOrItsValues() throws Exception {
        given(elders.update(anyLong(), any())).willThrow(new DataIntegrityViolationException(
                "Unique index violation: UQ_ELDER_NATIONAL_ID ON ELDER(NATIONAL_ID) VALUES ('310105193803050022')"));
        http.perform(put("/api/elders/1").contentType(MediaType.APPLICATION_JSON).content(ELDER))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("already in use")))
                .andExpect(content().string(not(containsString("310105193803050022"))))
                .andExpect(content().string(not(containsString("UQ_ELDER"))));
    }

    @Test
    void aStaleVersionIsA409() throws Exception {
        given(elders.update(anyLong(), any())).willThrow(new OptimisticLockingFailureException("elder 1 is at version 4"));
        http.perform(put("/api/elders/1").contentType(MediaType.APPLICATION_JSON).content(ELDER))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("someone else changed this record")));
    }

    @Test
    void aMissingRecordIsA404() throws Exception {
        given(elders.get(7L)).willThrow(new NotFoundException("elder", 7L));
        http.perform(get("/api/elders/7"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("no elder 7"));
    }

    @Test
    void aRecordInUseIsA409WithTheReason() throws Exception {
        willThrow(new ConflictException("elder E1 still has 1 contract(s)")).given(elders).delete(7L);
        http.perform(delete("/api/elders/7"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("elder E1 still has 1 contract(s)"));
    }

    @Test
    void aDomainRuleBrokenIsA400WithItsReason() throws Exception {
        given(elders.update(anyLong(), any())).willThrow(new IllegalArgumentException("latitude must be between -90 and 90"));
        http.perform(put("/api/elders/1").contentType(MediaType.APPLICATION_JSON).content(ELDER))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("latitude must be between -90 and 90"));
    }

    @Test
    void everyInvalidFieldIsNamedWithItsReason() throws Exception {
        String invalid = ELDER.replace("\"name\": \"吴老人\"", "\"name\": \"\"").replace("121.4", "190");
        http.perform(put("/api/elders/1").contentType(MediaType.APPLICATION_JSON).content(invalid))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')].reason").value("must not be blank"))
                .andExpect(jsonPath("$.errors[?(@.field == 'longitude')].reason").exists());
    }

    @Test
    void anUnknownEnumValueNamesItsField() throws Exception {
        http.perform(put("/api/elders/1").contentType(MediaType.APPLICATION_JSON).content(ELDER.replace("\"F\"", "\"X\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sex"));
    }

    @Test
    @WithMockUser(roles = "DOCTOR")
    void aRoleThatMayNotIsA403Problem() throws Exception {
        http.perform(delete("/api/elders/7"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }
}

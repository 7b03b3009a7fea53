package com.carerounds.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.carerounds.elder.CareNeed;
import com.carerounds.team.Skill;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VisitPolicyTest {

    private final VisitPolicy policy = VisitPolicy.defaults(1L);

    @Test
    void frequencyFollowsTheLatestAdlScore() {
        assertThat(policy.tierFor(0).visitsPerMonth()).isEqualTo(4);
        assertThat(policy.tierFor(44).visitsPerMonth()).isEqualTo(4);
        assertThat(policy.tierFor(45).visitsPerMonth()).isEqualTo(3);
        assertThat(policy.tierFor(59).visitsPerMonth()).isEqualTo(3);
        assertThat(policy.tierFor(60).visitsPerMonth()).isEqualTo(2);
        assertThat(policy.tierFor(100).visitsPerMonth()).isEqualTo(2);
    }

    @Test
    void aHomeHospitalBedNeedsANurseAndLongerVisits() {
        assertThat(policy.requiredSkills(true, Set.of())).containsExactly(Skill.NURSING);
        assertThat(policy.requiredSkills(false, Set.of(CareNeed.REHABILITATION))).containsExactly(Skill.REHABILITATION);
        assertThat(policy.visitMinutes(true, Set.of())).isEqualTo(45);
        assertThat(policy.visitMinutes(false, Set.of())).isEqualTo(30);
    }

    @Test
    void refusesTiersThatLeaveScoresWithoutAFrequency() {
        assertThatThrownBy(() -> policy.update(45, 30, 45, Skill.NURSING,
                List.of(new FrequencyTier(20, 4, 4)), Set.of()))
                .hasMessageContaining("start at ADL 0");
        assertThatThrownBy(() -> policy.update(45, 30, 45, Skill.NURSING,
                List.of(new FrequencyTier(0, 4, 4), new FrequencyTier(0, 3, 5)), Set.of()))
                .hasMessageContaining("two frequency tiers");
        assertThat(policy.tierFor(50).visitsPerMonth()).as("a refused update changes nothing").isEqualTo(3);
    }
}

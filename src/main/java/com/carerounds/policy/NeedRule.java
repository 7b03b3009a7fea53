package com.carerounds.policy;

import com.carerounds.elder.CareNeed;
import com.carerounds.team.Skill;
import java.util.Objects;
import org.springframework.data.relational.core.mapping.Table;

/** What an elder's need asks of a visit: a skill in the team, and extra minutes at the home. */
@Table("policy_need")
public record NeedRule(CareNeed need, Skill skill, int extraMinutes) {

    public NeedRule {
        Objects.requireNonNull(need, "need");
        Objects.requireNonNull(skill, "skill");
        if (extraMinutes < 0) {
            throw new IllegalArgumentException("extraMinutes must not be negative, was " + extraMinutes);
        }
    }
}

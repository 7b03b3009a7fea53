package com.carerounds.policy;

import org.springframework.data.relational.core.mapping.Table;

/** An administrator's weight for one constraint, e.g. "Travel time" = "2soft". */
@Table("policy_weight")
public record WeightSetting(String name, String weight) {
}

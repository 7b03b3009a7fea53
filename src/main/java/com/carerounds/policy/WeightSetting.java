package com.carerounds.policy;

import org.springframework.data.relational.core.mapping.Table;

/** An administrator's weight for one constraint by its stable id, e.g. "travel-time" = "2soft". */
@Table("policy_weight")
public record WeightSetting(String name, String weight) {
}

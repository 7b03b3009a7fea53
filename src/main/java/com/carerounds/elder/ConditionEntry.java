package com.carerounds.elder;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

@Table("elder_condition")
record ConditionEntry(@Column("chronic_condition") ChronicCondition condition) {
}

package com.carerounds.team;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** A team's capacity on one date, replacing its daily capacity (0 visits closes the day). */
@Table("team_capacity_override")
public record CapacityOverride(LocalDate onDate, @Embedded.Empty Capacity capacity) {
}

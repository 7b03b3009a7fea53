package com.carerounds.elder;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

@Table("elder_unavailable_date")
record UnavailableDate(LocalDate unavailableOn) {
}

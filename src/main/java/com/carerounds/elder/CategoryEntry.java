package com.carerounds.elder;
import org.springframework.data.relational.core.mapping.Table;

@Table("elder_category")
record CategoryEntry(ElderCategory category) {
}

package com.carerounds.elder;
import org.springframework.data.relational.core.mapping.Table;

@Table("elder_need")
record NeedEntry(CareNeed need) {
}

package com.carerounds.dataset;

/** What an import saved. */
public record ImportResult(int centers, int teams, int elders, int assessments, int contracts) {
}

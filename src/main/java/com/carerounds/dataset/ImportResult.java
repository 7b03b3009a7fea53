package com.carerounds.dataset;

import java.util.List;

/** What an import saved. */
public record ImportResult(int centers, int teams, int elders, int assessments, int contracts, List<Long> centerIds) {
}

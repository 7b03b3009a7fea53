package com.carerounds.contract;

import java.time.LocalDate;

/**
 * An administrator changed an elder's contracts from {@code from} on: ended, moved to another team, signed,
 * changed or deleted. {@code teamBefore}: the team the elder was contracted to from then on, when the
 * change takes the elder from it (a team change); null otherwise.
 */
public record ContractChanged(Long elderId, Long centerId, LocalDate from, Long teamBefore) {
}

package com.carerounds.team;

/**
 * A team's working days, leave or capacity were changed by an administrator, in the transaction that
 * saved it: plans of the team's rosters may no longer fit, and whoever plans them is to be told.
 */
public record TeamAvailabilityChanged(Long teamId) {
}

package com.carerounds.elder;

import java.time.LocalDate;

/**
 * An elder's visit times (window, weekdays) changed from a date on, in the transaction that saved it:
 * planned visits of the elder from then on may no longer keep them, and whoever plans them is to be told.
 */
public record ElderVisitTimesChanged(Long elderId, Long centerId, LocalDate from) {
}

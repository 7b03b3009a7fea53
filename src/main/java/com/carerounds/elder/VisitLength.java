package com.carerounds.elder;

/**
 * How long the elder's visits take under their center's visit policy, which the policy feature keeps:
 * an elder's time window must hold a whole visit.
 */
public interface VisitLength {

    int minutesOf(Elder elder);
}

package com.carerounds.roster;

/** An elder who gets no visits in a roster although contracted, and why: for the dispatcher to fix. */
public record DemandIssue(Long elderId, String elderCode, String elderName, Reason reason) {

    public enum Reason {
        /** No ADL assessment on record: the frequency cannot be set without one. */
        NO_ADL_ASSESSMENT
    }
}

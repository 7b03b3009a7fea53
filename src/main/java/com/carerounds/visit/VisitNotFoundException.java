package com.carerounds.visit;

public class VisitNotFoundException extends RuntimeException {

    public VisitNotFoundException(Long visitId) {
        super("no visit " + visitId);
    }
}

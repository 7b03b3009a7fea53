package com.carerounds.web;

/**
 * A change that stored data rules out: a code already taken, or a delete while other records still
 * depend on the record. 409 with the reason.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String reason) {
        super(reason);
    }
}

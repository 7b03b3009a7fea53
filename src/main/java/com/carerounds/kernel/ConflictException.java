package com.carerounds.kernel;

/**
 * A change that stored data or the record's state rules out: a code already taken, a delete while
 * other records still depend on the record, a roster that is being solved. 409 with the reason.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String reason) {
        super(reason);
    }
}

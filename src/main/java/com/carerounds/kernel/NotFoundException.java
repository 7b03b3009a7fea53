package com.carerounds.kernel;

/**
 * The record asked for does not exist, was deleted meanwhile, or belongs to a center the caller may
 * not see: 404. Features extend it where a caller needs to tell the cases apart in code.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super("no " + what + " " + id);
    }
}

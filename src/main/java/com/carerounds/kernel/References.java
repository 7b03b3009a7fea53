package com.carerounds.kernel;

import java.util.List;

/**
 * How many records of one kind still refer to a record, e.g. 3 "contract(s)". Each feature counts
 * its own references to records of the features below it, so a delete guard needs no other
 * feature's tables.
 */
public record References(long count, String what) {

    /** Refuses the delete (409) while any of the counts is above zero, naming them all. */
    public static void requireNone(String record, List<References> references) {
        List<String> remaining = references.stream().filter(r -> r.count() > 0)
                .map(r -> r.count() + " " + r.what()).toList();
        if (!remaining.isEmpty()) {
            throw new ConflictException(record + " still has " + String.join(", ", remaining)
                    + "; delete or move them first");
        }
    }
}

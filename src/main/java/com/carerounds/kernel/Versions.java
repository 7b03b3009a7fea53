package com.carerounds.kernel;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The version an editor saw must be the stored one: a change made on an older copy is refused (409)
 * instead of silently overwriting a colleague's change. The database checks it again on save.
 */
public final class Versions {

    private Versions() {
    }

    public static void require(String what, Long id, int stored, Integer seen) {
        if (seen == null) {
            throw new InvalidFieldException("version", "is required to change a record: send the version you read");
        }
        if (stored != seen) {
            throw new OptimisticLockingFailureException(
                    what + " " + id + " is at version " + stored + ", the change was made on version " + seen);
        }
    }
}

package com.carerounds.kernel;

import java.util.Map;

/**
 * A change that stored data or the record's state rules out: a code already taken, a delete while
 * other records still depend on the record, a roster that is being solved. 409 with the reason, and
 * with {@link #properties()} as members of the problem details.
 */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> properties;

    public ConflictException(String reason) {
        this(reason, Map.of());
    }

    protected ConflictException(String reason, Map<String, Object> properties) {
        super(reason);
        this.properties = Map.copyOf(properties);
    }

    /** What a client needs to show or resolve the conflict beside the reason, such as the record in the way. */
    public Map<String, Object> properties() {
        return properties;
    }
}

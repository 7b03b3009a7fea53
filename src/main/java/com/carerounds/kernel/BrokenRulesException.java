package com.carerounds.kernel;

import java.util.List;

/** A change refused because what it would put in force breaks rules that must hold: 409 with each of them. */
public class BrokenRulesException extends ConflictException {

    private final List<?> violations;

    public BrokenRulesException(String reason, List<?> violations) {
        super(reason);
        this.violations = List.copyOf(violations);
    }

    public List<?> violations() {
        return violations;
    }
}

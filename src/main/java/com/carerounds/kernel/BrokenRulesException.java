package com.carerounds.kernel;

import java.util.List;
import java.util.Map;

/** A change refused because what it would put in force breaks rules that must hold: 409 with each of them. */
public class BrokenRulesException extends ConflictException {

    public BrokenRulesException(String reason, List<?> violations) {
        super(reason, Map.of("violations", List.copyOf(violations)));
    }
}

package com.carerounds.kernel;

import java.util.List;

/**
 * A batch (an imported dataset) with errors in some of its rows, none of it saved: 422 with every
 * row's error, so the sender can fix them all at once.
 */
public class RejectedRowsException extends RuntimeException {

    private final List<?> errors;

    public RejectedRowsException(List<?> errors) {
        super(errors.size() + " row(s) have errors; nothing was saved");
        this.errors = List.copyOf(errors);
    }

    public List<?> errors() {
        return errors;
    }
}

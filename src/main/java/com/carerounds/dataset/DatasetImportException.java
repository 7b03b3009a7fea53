package com.carerounds.dataset;

import java.util.List;

/** The dataset had errors; nothing of it was saved. */
public class DatasetImportException extends RuntimeException {

    private final List<ImportError> errors;

    public DatasetImportException(List<ImportError> errors) {
        super(errors.size() + " error(s) in the dataset, nothing was imported; first: " + errors.get(0));
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}

package com.carerounds.dataset;

import com.carerounds.kernel.RejectedRowsException;
import java.util.List;

/** The dataset had errors; nothing of it was saved. */
public class DatasetImportException extends RejectedRowsException {

    public DatasetImportException(List<ImportError> errors) {
        super(errors);
    }

    @Override
    @SuppressWarnings("unchecked") // the constructor takes import errors only
    public List<ImportError> errors() {
        return (List<ImportError>) super.errors();
    }
}

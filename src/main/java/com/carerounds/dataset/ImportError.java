package com.carerounds.dataset;

/** One thing wrong with one row of an import: where it is and why it was refused. */
public record ImportError(String file, int line, String column, String reason) {
}

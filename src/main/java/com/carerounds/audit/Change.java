package com.carerounds.audit;

/** One field's change: null {@code from} on a create, null {@code to} on a delete; protected values masked. */
public record Change(String field, String from, String to) {
}

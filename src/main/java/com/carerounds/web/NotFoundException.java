package com.carerounds.web;

/** The record asked for does not exist (or was deleted meanwhile): 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Long id) {
        super("no " + what + " " + id);
    }
}

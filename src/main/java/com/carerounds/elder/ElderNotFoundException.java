package com.carerounds.elder;

public class ElderNotFoundException extends RuntimeException {

    public ElderNotFoundException(Long elderId) {
        super("no elder " + elderId);
    }
}

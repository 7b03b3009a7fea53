package com.carerounds.elder;

public enum Sex {
    M,
    F
}

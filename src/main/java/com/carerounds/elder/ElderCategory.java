package com.carerounds.elder;

/** The priority groups of the policy: who is served first. */
public enum ElderCategory {
    DISABLED,
    SEMI_DISABLED,
    EMPTY_NEST,
    VERY_OLD,
    FAMILY_PLANNING_SPECIAL,
    HARDSHIP,
    POST_DISCHARGE,
    END_OF_LIFE
}

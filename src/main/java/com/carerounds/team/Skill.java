package com.carerounds.team;

/** What a team can do on a visit; it follows from who is in the team. */
public enum Skill {
    GENERAL_PRACTICE,
    NURSING,
    TCM,
    REHABILITATION,
    PUBLIC_HEALTH
}

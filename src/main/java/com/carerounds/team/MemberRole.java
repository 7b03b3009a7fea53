package com.carerounds.team;

public enum MemberRole {
    GENERAL_PRACTITIONER(Skill.GENERAL_PRACTICE),
    NURSE(Skill.NURSING),
    TCM_DOCTOR(Skill.TCM),
    REHAB_THERAPIST(Skill.REHABILITATION),
    PUBLIC_HEALTH(Skill.PUBLIC_HEALTH);

    private final Skill skill;

    MemberRole(Skill skill) {
        this.skill = skill;
    }

    public Skill skill() {
        return skill;
    }
}

package com.carerounds.roster;

import com.carerounds.team.Skill;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Why a visit is made by another team than the elder's contracted one; {@code missingSkills} for {@code LACKS_SKILL}. */
public record CrossCover(Long contractedTeamId, ContractedTeamReason reason, Set<Skill> missingSkills) {

    /** The skills in enum order, so that a cross-cover reads the same when answered and when read back. */
    public CrossCover {
        if (missingSkills != null) {
            Set<Skill> ordered = EnumSet.noneOf(Skill.class);
            ordered.addAll(missingSkills);
            missingSkills = Collections.unmodifiableSet(ordered);
        }
    }
}

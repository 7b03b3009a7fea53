package com.carerounds.roster;

import com.carerounds.team.Skill;
import java.util.Set;

/** Why a visit is made by another team than the elder's contracted one; {@code missingSkills} for {@code LACKS_SKILL}. */
public record CrossCover(Long contractedTeamId, ContractedTeamReason reason, Set<Skill> missingSkills) {
}

package com.carerounds.team;

import com.carerounds.kernel.References;

/** Answered by each feature whose records name a team, so that a team in use is not deleted. */
public interface TeamReferences {

    References toTeam(Long teamId);
}

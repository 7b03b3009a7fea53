package com.carerounds.elder;

import java.util.Set;

/** The elders contracted to a team, answered by the contracts: what a doctor may see of the register. */
public interface TeamElders {

    Set<Long> elderIdsOf(Long teamId);

    boolean isContractedTo(Long elderId, Long teamId);
}

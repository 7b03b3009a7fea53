package com.carerounds.center;

import com.carerounds.kernel.References;

/** Answered by each feature whose records belong to a center, so that a center in use is not deleted. */
public interface CenterReferences {

    References toCenter(Long centerId);
}

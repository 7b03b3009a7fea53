package com.carerounds.elder;

import com.carerounds.kernel.References;

/** Answered by each feature whose records name an elder, so that an elder in use is not deleted. */
public interface ElderReferences {

    References toElder(Long elderId);
}

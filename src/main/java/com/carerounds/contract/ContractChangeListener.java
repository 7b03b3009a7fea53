package com.carerounds.contract;

import java.util.List;

/**
 * Told of each contract change in its transaction by whatever keeps plans made on contracts (rosters, which
 * this package cannot see), and answers the planned visits the change no longer holds: the administrator's
 * answer lists them.
 */
public interface ContractChangeListener {

    List<ContractImpact.Displaced> on(ContractChanged changed);
}

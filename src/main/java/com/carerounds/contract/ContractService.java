package com.carerounds.contract;

import com.carerounds.elder.ElderReferences;
import com.carerounds.elder.TeamElders;
import com.carerounds.kernel.References;
import com.carerounds.team.TeamReferences;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves contracts, keeping to the rule of one contract in force per elder at a time; answers which
 * elders a team has and whether contracts still name an elder or a team.
 */
@Service
public class ContractService implements TeamElders, ElderReferences, TeamReferences {

    private final ContractRepository contracts;

    public ContractService(ContractRepository contracts) {
        this.contracts = contracts;
    }

    @Transactional
    public Contract save(Contract contract) {
        contracts.findByElderId(contract.getElderId()).stream()
                .filter(other -> !other.getId().equals(contract.getId()))
                .filter(contract::overlaps)
                .findFirst()
                .ifPresent(other -> {
                    throw new ContractConflictException(contract.getElderId(), other.getId());
                });
        return contracts.save(contract);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> elderIdsOf(Long teamId) {
        return contracts.findByTeamId(teamId).stream().map(Contract::getElderId).collect(Collectors.toSet());
    }

    @Override
    public References toElder(Long elderId) {
        return new References(contracts.findByElderId(elderId).size(), "contract(s)");
    }

    @Override
    public References toTeam(Long teamId) {
        return new References(contracts.findByTeamId(teamId).size(), "contract(s)");
    }
}

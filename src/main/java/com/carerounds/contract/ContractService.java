package com.carerounds.contract;

import com.carerounds.elder.ElderReferences;
import com.carerounds.elder.ElderRepository;
import com.carerounds.elder.TeamElders;
import com.carerounds.kernel.NotFoundException;
import com.carerounds.kernel.References;
import com.carerounds.team.TeamReferences;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
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
    private final ElderRepository elders;

    public ContractService(ContractRepository contracts, ElderRepository elders) {
        this.contracts = contracts;
        this.elders = elders;
    }

    /**
     * The elder's row is locked before the check, so concurrent saves for one elder take turns and each
     * sees the contracts the one before it committed; on PostgreSQL an exclusion constraint
     * (ex_contract_one_in_force) guards the rule as well.
     */
    @Transactional
    public Contract save(Contract contract) {
        elders.lockById(contract.getElderId()).orElseThrow(() -> new NotFoundException("elder", contract.getElderId()));
        contracts.findByElderId(contract.getElderId()).stream()
                .filter(other -> !other.getId().equals(contract.getId()))
                .filter(contract::overlaps)
                .findFirst()
                .ifPresent(other -> {
                    throw new ContractConflictException(contract.getElderId(), other.getId());
                });
        return contracts.save(contract);
    }

    /**
     * The elder's stored contract in force on a date from {@code start} to {@code end} (null: open-ended),
     * if any: a new contract for those dates would be refused by {@link #save}. For reporting every bad row
     * of an import before any is saved; the save checks again under the elder's lock.
     */
    @Transactional(readOnly = true)
    public Optional<Contract> inForceBetween(Long elderId, LocalDate start, LocalDate end) {
        return contracts.findByElderId(elderId).stream()
                .filter(other -> Contract.overlaps(start, end, other.getStartDate(), other.getEndDate()))
                .min(Comparator.comparing(Contract::getStartDate));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> elderIdsOf(Long teamId) {
        return contracts.findByTeamId(teamId).stream().map(Contract::getElderId).collect(Collectors.toSet());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isContractedTo(Long elderId, Long teamId) {
        return contracts.findByElderId(elderId).stream().anyMatch(c -> c.getTeamId().equals(teamId));
    }

    @Override
    public References toElder(Long elderId) {
        return new References(contracts.countByElderId(elderId), "contract(s)");
    }

    @Override
    public References toTeam(Long teamId) {
        return new References(contracts.countByTeamId(teamId), "contract(s)");
    }
}

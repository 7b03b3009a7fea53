package com.carerounds.contract;

import com.carerounds.account.Access;
import com.carerounds.audit.AuditTrail;
import com.carerounds.audit.AuditedEntity;
import com.carerounds.audit.AuditedFields;
import com.carerounds.elder.Elder;
import com.carerounds.elder.ElderAdministration;
import com.carerounds.kernel.InvalidFieldException;
import com.carerounds.kernel.NotFoundException;
import com.carerounds.kernel.Versions;
import com.carerounds.team.TeamAdministration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contracts between the center's elders and its teams, saved through {@link ContractService} so an
 * elder never has two in force on one date. Each change is told to the {@link ContractChangeListener}s in
 * its transaction, and answered with the planned visits it no longer holds.
 */
@Service
public class ContractAdministration {

    private final ContractRepository contracts;
    private final ContractService contractService;
    private final ElderAdministration elders;
    private final TeamAdministration teams;
    private final AuditTrail audit;
    private final Access access;
    private final List<ContractChangeListener> listeners;

    public ContractAdministration(ContractRepository contracts, ContractService contractService,
                                  ElderAdministration elders, TeamAdministration teams, AuditTrail audit,
                                  Access access, List<ContractChangeListener> listeners) {
        this.listeners = listeners;
        this.audit = audit;
        this.contracts = contracts;
        this.contractService = contractService;
        this.elders = elders;
        this.teams = teams;
        this.access = access;
    }

    /** One elder's contracts when {@code elderId} is given, otherwise all of the center's. */
    @Transactional(readOnly = true)
    public List<ContractView> list(Long centerId, Long elderId) {
        List<Contract> found = elderId != null ? contracts.findByElderId(elder(elderId).getId())
                : contracts.findByCenterId(access.centerOf(centerId));
        return found.stream().sorted(Comparator.comparing(Contract::getElderId).thenComparing(Contract::getStartDate))
                .map(ContractView::of).toList();
    }

    @Transactional(readOnly = true)
    public ContractView get(Long id) {
        return ContractView.of(find(id));
    }

    @Transactional
    public ContractImpact create(ContractRequest request) {
        Elder elder = elder(request.elderId());
        requireTeamOfCenter(request.teamId(), elder.getCenterId());
        requireConsistentDates(request);
        Contract saved = contractService.save(new Contract(elder.getId(), request.teamId(),
                request.servicePackage(), request.startDate(), request.endDate()));
        audit.created(AuditedEntity.CONTRACT, saved.getId(), elder.getCenterId(), ContractAudit.of(saved));
        return changed(saved, elder.getCenterId(), saved.getStartDate(), null);
    }

    /**
     * A changed team counts from the earlier start, changed dates from the first day whose contract
     * changed: the earlier of two starts, the day after the earlier of two ends.
     */
    @Transactional
    public ContractImpact update(Long id, ContractRequest request) {
        Contract contract = find(id);
        Versions.require("contract", id, contract.getVersion(), request.version());
        if (!contract.getElderId().equals(request.elderId())) {
            throw new InvalidFieldException("elderId", "a contract stays with its elder; end it and sign a new one");
        }
        Long centerId = elder(request.elderId()).getCenterId();
        requireTeamOfCenter(request.teamId(), centerId);
        requireConsistentDates(request);
        AuditedFields before = ContractAudit.of(contract);
        Long teamBefore = contract.getTeamId();
        LocalDate startBefore = contract.getStartDate();
        LocalDate endBefore = contract.getEndDate();
        contract.change(request.teamId(), request.servicePackage(), request.startDate(), request.endDate());
        Contract saved = contractService.save(contract);
        audit.updated(AuditedEntity.CONTRACT, id, centerId, before, ContractAudit.of(saved));
        LocalDate earlierStart = startBefore.isBefore(saved.getStartDate()) ? startBefore : saved.getStartDate();
        LocalDate from = saved.getStartDate();
        if (!teamBefore.equals(saved.getTeamId()) || !startBefore.equals(saved.getStartDate())) {
            from = earlierStart;
        } else if (!Objects.equals(endBefore, saved.getEndDate())) {
            LocalDate earlierEnd = endBefore == null || saved.getEndDate() != null && saved.getEndDate().isBefore(endBefore)
                    ? saved.getEndDate() : endBefore;
            from = earlierEnd.plusDays(1);
        }
        return changed(saved, centerId, from, teamBefore.equals(saved.getTeamId()) ? null : teamBefore);
    }

    /**
     * The elder changes team from a date: the contract ends the day before and a contract with the new
     * team, the same service package and the old end date starts that day, in one transaction, so a
     * refusal of either leaves the contract as it was. Answers the new contract.
     */
    @Transactional
    public ContractImpact changeTeam(Long id, TeamChangeRequest request) {
        Contract contract = find(id);
        Versions.require("contract", id, contract.getVersion(), request.version());
        Long centerId = elder(contract.getElderId()).getCenterId();
        requireTeamOfCenter(request.teamId(), centerId);
        if (request.teamId().equals(contract.getTeamId())) {
            throw new InvalidFieldException("teamId", "the contract is already with team " + request.teamId());
        }
        if (!request.from().isAfter(contract.getStartDate())) {
            throw new InvalidFieldException("from", "must be after the contract's start date " + contract.getStartDate()
                    + ": to correct the team from the start, change the contract");
        }
        LocalDate end = contract.getEndDate();
        if (end != null && request.from().isAfter(end)) {
            throw new InvalidFieldException("from", "must be on or before the contract's end date " + end);
        }
        AuditedFields before = ContractAudit.of(contract);
        contract.change(contract.getTeamId(), contract.getServicePackage(), contract.getStartDate(), request.from().minusDays(1));
        Contract ended = contractService.save(contract);
        audit.updated(AuditedEntity.CONTRACT, id, centerId, before, ContractAudit.of(ended));
        Contract successor = contractService.save(new Contract(contract.getElderId(), request.teamId(),
                contract.getServicePackage(), request.from(), end));
        audit.created(AuditedEntity.CONTRACT, successor.getId(), centerId, ContractAudit.of(successor));
        return changed(successor, centerId, request.from(), ended.getTeamId());
    }

    /**
     * Ends the elder's contract in force on {@code from} (or starting later) the day before: the elder's
     * contract ended, or the elder died. Answers the contract as ended; one that ended before {@code from}
     * already (the administrator ended it first) is answered as it is. For the roster's contract-ended
     * event, which cancels the visits itself and re-plans at once: the listeners are not told.
     */
    @Transactional
    public ContractView endBefore(Long elderId, LocalDate from) {
        Elder elder = elder(elderId);
        List<Contract> ofElder = contracts.findByElderId(elder.getId());
        Optional<Contract> inForce = ofElder.stream()
                .filter(c -> c.getEndDate() == null || !c.getEndDate().isBefore(from))
                .min(Comparator.comparing(Contract::getStartDate));
        if (inForce.isEmpty()) {
            // Ended already, by the administrator or an earlier event: nothing to change, the visits still go.
            return ofElder.stream().max(Comparator.comparing(Contract::getEndDate)).map(ContractView::of)
                    .orElseThrow(() -> new InvalidFieldException("from", "the elder has no contract in force on or after " + from));
        }
        Contract contract = inForce.get();
        if (!contract.getStartDate().isBefore(from)) {
            throw new InvalidFieldException("from", "the contract starts on " + contract.getStartDate()
                    + ", not before " + from + ": change or delete the contract instead");
        }
        AuditedFields before = ContractAudit.of(contract);
        contract.change(contract.getTeamId(), contract.getServicePackage(), contract.getStartDate(), from.minusDays(1));
        Contract saved = contractService.save(contract);
        audit.updated(AuditedEntity.CONTRACT, saved.getId(), elder.getCenterId(), before, ContractAudit.of(saved));
        return ContractView.of(saved);
    }

    /**
     * Nothing refers to a contract: rosters hold the elder and the team, and keep their visits; those
     * planned from today on outside any contract then need a re-plan.
     */
    @Transactional
    public void delete(Long id) {
        Contract contract = find(id);
        contracts.delete(contract);
        Long centerId = elder(contract.getElderId()).getCenterId();
        audit.deleted(AuditedEntity.CONTRACT, id, centerId, ContractAudit.of(contract));
        tell(new ContractChanged(contract.getElderId(), centerId, contract.getStartDate(), null));
    }

    private ContractImpact changed(Contract contract, Long centerId, LocalDate from, Long teamBefore) {
        return ContractImpact.of(ContractView.of(contract),
                tell(new ContractChanged(contract.getElderId(), centerId, from, teamBefore)));
    }

    private List<ContractImpact.Displaced> tell(ContractChanged changed) {
        return listeners.stream().flatMap(listener -> listener.on(changed).stream()).toList();
    }

    private Contract find(Long id) {
        return contracts.findById(id).filter(contract -> elders.visible(contract.getElderId()).isPresent())
                .orElseThrow(() -> new NotFoundException("contract", id));
    }

    private Elder elder(Long elderId) {
        return elders.find(elderId);
    }

    private void requireTeamOfCenter(Long teamId, Long centerId) {
        if (!teams.isOfCenter(teamId, centerId)) {
            throw new InvalidFieldException("teamId", "no team " + teamId + " at the elder's health center");
        }
    }

    private static void requireConsistentDates(ContractRequest request) {
        if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            throw new InvalidFieldException("endDate", "must be on or after startDate");
        }
    }
}

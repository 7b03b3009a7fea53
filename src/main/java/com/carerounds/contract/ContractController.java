package com.carerounds.contract;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contracts")
class ContractController {

    private final ContractAdministration contracts;

    ContractController(ContractAdministration contracts) {
        this.contracts = contracts;
    }

    @Operation(summary = "List contracts of a center or of one elder.")
    @GetMapping
    List<ContractView> list(@RequestParam(required = false) Long centerId,
                            @RequestParam(required = false) Long elderId) {
        return contracts.list(centerId, elderId);
    }

    @Operation(summary = "Read one contract.")
    @GetMapping("/{id}")
    ContractView get(@PathVariable Long id) {
        return contracts.get(id);
    }

    @Operation(summary = "Sign a contract between an elder and a team; at most one is in force per elder. "
            + "Answers the planned visits it no longer holds (noLongerFit), whose rosters need a re-plan.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<ContractImpact> create(@Valid @RequestBody ContractRequest request) {
        ContractImpact created = contracts.create(request);
        return ResponseEntity.created(URI.create("/api/contracts/" + created.id())).body(created);
    }

    @Operation(summary = "Change a contract, e.g. end it; answers the planned visits from today on it no longer "
            + "holds (noLongerFit), whose rosters need a re-plan.")
    @PutMapping("/{id}")
    ContractImpact update(@PathVariable Long id, @Valid @RequestBody ContractRequest request) {
        return contracts.update(id, request);
    }

    @Operation(summary = "Move the contract's elder to another team from a date: the contract ends the day before "
            + "and a new one with that team starts on it (same package, same end); answers the new contract and "
            + "the planned visits from then on left with the old team (noLongerFit), whose rosters need a re-plan.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/{id}/team-change")
    ResponseEntity<ContractImpact> changeTeam(@PathVariable Long id, @Valid @RequestBody TeamChangeRequest request) {
        ContractImpact created = contracts.changeTeam(id, request);
        return ResponseEntity.created(URI.create("/api/contracts/" + created.id())).body(created);
    }

    @Operation(summary = "Delete a contract.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable Long id) {
        contracts.delete(id);
        return ResponseEntity.noContent().build();
    }
}

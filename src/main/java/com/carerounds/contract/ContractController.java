package com.carerounds.contract;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/contracts")
class ContractController {

    private final ContractAdministration contracts;

    ContractController(ContractAdministration contracts) {
        this.contracts = contracts;
    }

    @GetMapping
    List<ContractView> list(@RequestParam(required = false) Long centerId,
                            @RequestParam(required = false) Long elderId) {
        return contracts.list(centerId, elderId);
    }

    @GetMapping("/{id}")
    ContractView get(@PathVariable Long id) {
        return contracts.get(id);
    }

    @PostMapping
    ResponseEntity<ContractView> create(@Valid @RequestBody ContractRequest request) {
        ContractView created = contracts.create(request);
        return ResponseEntity.created(URI.create("/api/contracts/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    ContractView update(@PathVariable Long id, @Valid @RequestBody ContractRequest request) {
        return contracts.update(id, request);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable Long id) {
        contracts.delete(id);
        return ResponseEntity.noContent().build();
    }
}

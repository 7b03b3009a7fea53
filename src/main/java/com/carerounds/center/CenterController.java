package com.carerounds.center;

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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/centers")
class CenterController {

    private final CenterAdministration centers;

    CenterController(CenterAdministration centers) {
        this.centers = centers;
    }

    @Operation(summary = "List the health centers the signed-in user may see.")
    @GetMapping
    List<CenterView> list() {
        return centers.list();
    }

    @Operation(summary = "Read one health center.")
    @GetMapping("/{id}")
    CenterView get(@PathVariable Long id) {
        return centers.get(id);
    }

    @Operation(summary = "Create a health center.")
    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    ResponseEntity<CenterView> create(@Valid @RequestBody CenterRequest request) {
        CenterView created = centers.create(request);
        return ResponseEntity.created(URI.create("/api/centers/" + created.id())).body(created);
    }

    @Operation(summary = "Change a health center's name, address, location or home-visit hours.")
    @PutMapping("/{id}")
    CenterView update(@PathVariable Long id, @Valid @RequestBody CenterRequest request) {
        return centers.update(id, request);
    }

    @Operation(summary = "Delete a health center.")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable Long id) {
        centers.delete(id);
        return ResponseEntity.noContent().build();
    }
}

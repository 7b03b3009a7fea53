package com.carerounds.center;

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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/centers")
class CenterController {

    private final CenterAdministration centers;

    CenterController(CenterAdministration centers) {
        this.centers = centers;
    }

    @GetMapping
    List<CenterView> list() {
        return centers.list();
    }

    @GetMapping("/{id}")
    CenterView get(@PathVariable Long id) {
        return centers.get(id);
    }

    @PostMapping
    ResponseEntity<CenterView> create(@Valid @RequestBody CenterRequest request) {
        CenterView created = centers.create(request);
        return ResponseEntity.created(URI.create("/api/centers/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    CenterView update(@PathVariable Long id, @Valid @RequestBody CenterRequest request) {
        return centers.update(id, request);
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable Long id) {
        centers.delete(id);
        return ResponseEntity.noContent().build();
    }
}

package com.carerounds.audit;

import io.swagger.v3.oas.annotations.Operation;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(summary = "The center's audit trail, newest first: who changed which record, when and what "
            + "(administrators; at most 500 entries, narrowed by record and days).")
    @GetMapping("/api/audit")
    List<AuditEntry> list(@RequestParam(required = false) Long centerId,
                          @RequestParam(required = false) AuditedEntity entity,
                          @RequestParam(required = false) Long id,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return trail.list(centerId, entity, id, from, to);
    }
}

package com.carerounds.audit;

import java.time.Instant;
import java.util.List;

/** One entry of the trail as the API shows it. {@code accountId} is null for the service's own work (the demo load). */
public record AuditEntry(Long id, Instant at, Long centerId, Long accountId, String username, AuditedEntity entity,
                         Long entityId, AuditAction action, List<Change> changes) {
}

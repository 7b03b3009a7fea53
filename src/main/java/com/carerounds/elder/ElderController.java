package com.carerounds.elder;

import com.carerounds.account.Access;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The center's elders, and their ADL reassessments, which set next month's visit frequency. */
@RestController
public class ElderController {

    private final ElderRepository elders;
    private final Access access;
    private final Clock clock;

    public ElderController(ElderRepository elders, Access access, Clock clock) {
        this.elders = elders;
        this.access = access;
        this.clock = clock;
    }

    public record AssessmentBody(@NotNull Integer version, @NotNull LocalDate assessedOn,
                                 @NotNull @Min(0) @Max(100) Integer score, String assessor) {
    }

    @GetMapping("/api/elders")
    List<ElderView> list(@RequestParam(required = false) Long centerId) {
        return elders.findByCenterId(access.centerOf(centerId)).stream()
                .sorted(Comparator.comparing(Elder::getCode)).map(ElderView::of).toList();
    }

    @GetMapping("/api/elders/{id}")
    ElderView get(@PathVariable Long id) {
        return ElderView.of(owned(id));
    }

    @PostMapping("/api/elders/{id}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    ElderView assess(@PathVariable Long id, @Valid @RequestBody AssessmentBody body) {
        Elder elder = owned(id);
        if (elder.getVersion() != body.version()) {
            throw new OptimisticLockingFailureException("elder " + id + " is at version " + elder.getVersion());
        }
        if (body.assessedOn().isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("an assessment cannot be dated in the future");
        }
        elder.addAssessment(new AdlAssessment(body.assessedOn(), body.score(), body.assessor()));
        return ElderView.of(elders.save(elder));
    }

    private Elder owned(Long id) {
        Elder elder = elders.findById(id).orElseThrow(() -> new ElderNotFoundException(id));
        access.requireCenter(elder.getCenterId());
        return elder;
    }
}

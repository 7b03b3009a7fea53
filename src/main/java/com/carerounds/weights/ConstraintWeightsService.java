package com.carerounds.weights;

import com.carerounds.account.CenterScope;
import com.carerounds.solver.RosterWeights;
import com.carerounds.web.InvalidFieldException;
import com.carerounds.web.Versions;
import java.lang.reflect.Field;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A center's constraint weights over the solver's defaults. The names and defaults are read from
 * {@link RosterWeights} itself, so a constraint added there appears here without a second list.
 */
@Service
public class ConstraintWeightsService {

    /** The solver's constraint names with their default weights, in declaration order. */
    static final Map<String, Weight> DEFAULTS = defaults();

    private final ConstraintWeightsRepository repository;
    private final CenterScope scope;

    public ConstraintWeightsService(ConstraintWeightsRepository repository, CenterScope scope) {
        this.repository = repository;
        this.scope = scope;
    }

    @Transactional(readOnly = true)
    public WeightsView get(Long centerId) {
        Long center = scope.resolve(centerId);
        return view(repository.findByCenterId(center).orElseGet(() -> new ConstraintWeights(center)));
    }

    @Transactional
    public WeightsView update(Long centerId, WeightsRequest request) {
        Long center = scope.resolve(centerId);
        ConstraintWeights stored = repository.findByCenterId(center).orElseGet(() -> new ConstraintWeights(center));
        Versions.require("constraint weights of center", center, stored.getVersion(), request.version());
        Map<String, Weight> changed = new LinkedHashMap<>();
        request.weights().forEach((name, text) -> {
            Weight weight = checked(name, text);
            if (!weight.equals(DEFAULTS.get(name))) {
                changed.put(name, weight);
            }
        });
        stored.replace(changed);
        return view(repository.save(stored));
    }

    /** The weights a solve of this center's roster uses. */
    @Transactional(readOnly = true)
    public RosterWeights rosterWeights(Long centerId) {
        RosterWeights weights = new RosterWeights();
        repository.findByCenterId(centerId).ifPresent(stored ->
                stored.changed().forEach((name, weight) -> weights.with(name, weight.toScore())));
        return weights;
    }

    /** The center's weights go with it. */
    @Transactional
    public void deleteOf(Long centerId) {
        repository.findByCenterId(centerId).ifPresent(repository::delete);
    }

    /** A weight changes how much a constraint counts, not its level: a hard rule stays a hard rule. */
    private static Weight checked(String name, String text) {
        Weight defaults = DEFAULTS.get(name);
        if (defaults == null) {
            throw new InvalidFieldException("weights", "no constraint named '" + name + "'; the constraints are "
                    + DEFAULTS.keySet());
        }
        Weight weight;
        try {
            weight = Weight.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("weights." + name, e.getMessage());
        }
        if (weight.level() != defaults.level()) {
            throw new InvalidFieldException("weights." + name, "must stay a " + defaults.level().name().toLowerCase()
                    + " weight, like " + defaults.format());
        }
        return weight;
    }

    private static WeightsView view(ConstraintWeights stored) {
        Map<String, String> weights = new LinkedHashMap<>();
        Map<String, Weight> changed = stored.changed();
        DEFAULTS.forEach((name, weight) -> weights.put(name, changed.getOrDefault(name, weight).format()));
        return new WeightsView(stored.getCenterId(), stored.getVersion(), weights);
    }

    private static Map<String, Weight> defaults() {
        RosterWeights defaults = new RosterWeights();
        Map<String, Weight> byName = new LinkedHashMap<>();
        for (Field field : RosterWeights.class.getDeclaredFields()) {
            ConstraintWeight annotation = field.getAnnotation(ConstraintWeight.class);
            if (annotation != null) {
                field.setAccessible(true);
                try {
                    byName.put(annotation.value(), Weight.of((HardMediumSoftLongScore) field.get(defaults)));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return Collections.unmodifiableMap(byName);
    }
}

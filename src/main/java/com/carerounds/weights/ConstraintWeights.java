package com.carerounds.weights;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A center's own constraint weights: only those an administrator changed; the rest keep the solver's defaults. */
@Table("constraint_weights")
public class ConstraintWeights {

    @Id
    private Long id;
    @Version
    private int version;
    private Long centerId;
    @MappedCollection(idColumn = "weights_id")
    private Set<NamedWeight> weights;

    @PersistenceCreator
    ConstraintWeights(Long id, int version, Long centerId, Set<NamedWeight> weights) {
        this.id = id;
        this.version = version;
        this.centerId = Objects.requireNonNull(centerId, "centerId");
        this.weights = new HashSet<>(weights);
    }

    public ConstraintWeights(Long centerId) {
        this(null, 0, centerId, Set.of());
    }

    /** Replaces the center's weights: a constraint left out goes back to its default. */
    public void replace(Map<String, Weight> changed) {
        this.weights = changed.entrySet().stream().map(e -> new NamedWeight(e.getKey(), e.getValue().format()))
                .collect(Collectors.toCollection(HashSet::new));
    }

    public Map<String, Weight> changed() {
        return weights.stream().collect(Collectors.toMap(NamedWeight::constraintName, w -> Weight.parse(w.weight())));
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public Long getCenterId() { return centerId; }

    @Table("constraint_weight")
    record NamedWeight(String constraintName, String weight) {
    }
}

package com.carerounds.solver;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * A solve's constraint weights: the defaults of {@link RosterConstraint} with a center's own. The
 * annotated getters are how OptaPlanner reads them, one per constraint by its id (a test keeps them
 * and the table the same set); everything else comes from the table.
 */
@ConstraintConfiguration(constraintPackage = RosterWeights.PACKAGE)
public class RosterWeights {

    public static final String PACKAGE = "carerounds";

    private final EnumMap<RosterConstraint, HardMediumSoftLongScore> weights = new EnumMap<>(RosterConstraint.class);

    /** The defaults. */
    public RosterWeights() {
        for (RosterConstraint constraint : RosterConstraint.values()) {
            weights.put(constraint, constraint.defaultWeight());
        }
    }

    /**
     * The defaults with a center's weights (constraint id → score text such as "2soft") applied.
     *
     * @throws IllegalArgumentException naming the constraint, for an unknown id or a wrong weight
     */
    public static RosterWeights of(Map<String, String> byId) {
        RosterWeights weights = new RosterWeights();
        byId.forEach((id, text) -> {
            RosterConstraint constraint = RosterConstraint.byId(id)
                    .orElseThrow(() -> new IllegalArgumentException("no constraint with id '" + id + "'"));
            try {
                weights.with(constraint, constraint.parseWeight(text));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("weight of '" + id + "' " + e.getMessage(), e);
            }
        });
        return weights;
    }

    public RosterWeights with(RosterConstraint constraint, HardMediumSoftLongScore weight) {
        weights.put(constraint, weight);
        return this;
    }

    public HardMediumSoftLongScore weight(RosterConstraint constraint) {
        return weights.get(constraint);
    }

    /** Every constraint's weight as score text, by id, in the table's order. */
    public Map<String, String> asMap() {
        Map<String, String> byId = new LinkedHashMap<>();
        weights.forEach((constraint, weight) -> byId.put(constraint.id(), weight.toShortString()));
        return byId;
    }

    @ConstraintWeight("required-skills")
    public HardMediumSoftLongScore getRequiredSkills() { return weight(RosterConstraint.REQUIRED_SKILLS); }
    @ConstraintWeight("elder-unavailable")
    public HardMediumSoftLongScore getElderUnavailable() { return weight(RosterConstraint.ELDER_UNAVAILABLE); }
    @ConstraintWeight("day-not-allowed")
    public HardMediumSoftLongScore getDayNotAllowed() { return weight(RosterConstraint.DAY_NOT_ALLOWED); }
    @ConstraintWeight("visit-pattern")
    public HardMediumSoftLongScore getVisitPattern() { return weight(RosterConstraint.VISIT_PATTERN); }
    @ConstraintWeight("minimum-gap")
    public HardMediumSoftLongScore getMinimumGap() { return weight(RosterConstraint.MINIMUM_GAP); }
    @ConstraintWeight("day-capacity")
    public HardMediumSoftLongScore getDayCapacity() { return weight(RosterConstraint.DAY_CAPACITY); }
    @ConstraintWeight("max-visits")
    public HardMediumSoftLongScore getMaxVisits() { return weight(RosterConstraint.MAX_VISITS); }
    @ConstraintWeight("time-window")
    public HardMediumSoftLongScore getTimeWindow() { return weight(RosterConstraint.TIME_WINDOW); }
    @ConstraintWeight("load-capacity")
    public HardMediumSoftLongScore getLoadCapacity() { return weight(RosterConstraint.LOAD_CAPACITY); }
    @ConstraintWeight("unassigned")
    public HardMediumSoftLongScore getUnassigned() { return weight(RosterConstraint.UNASSIGNED); }
    @ConstraintWeight("continuity")
    public HardMediumSoftLongScore getContinuity() { return weight(RosterConstraint.CONTINUITY); }
    @ConstraintWeight("travel-time")
    public HardMediumSoftLongScore getTravelTime() { return weight(RosterConstraint.TRAVEL_TIME); }
    @ConstraintWeight("even-spacing")
    public HardMediumSoftLongScore getEvenSpacing() { return weight(RosterConstraint.EVEN_SPACING); }
    @ConstraintWeight("balanced-days")
    public HardMediumSoftLongScore getBalancedDays() { return weight(RosterConstraint.BALANCED_DAYS); }
    @ConstraintWeight("balanced-teams")
    public HardMediumSoftLongScore getBalancedTeams() { return weight(RosterConstraint.BALANCED_TEAMS); }
    @ConstraintWeight("preferred-half-day")
    public HardMediumSoftLongScore getPreferredHalfDay() { return weight(RosterConstraint.PREFERRED_HALF_DAY); }
    @ConstraintWeight("minimal-change")
    public HardMediumSoftLongScore getMinimalChange() { return weight(RosterConstraint.MINIMAL_CHANGE); }
    @ConstraintWeight("overtime")
    public HardMediumSoftLongScore getOvertime() { return weight(RosterConstraint.OVERTIME); }
}

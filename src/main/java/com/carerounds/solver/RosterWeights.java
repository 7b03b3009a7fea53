package com.carerounds.solver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * Constraint weights, changeable per solve. Hard rules must hold; medium counts what is left
 * unplanned; soft is quality, in seconds of travel: continuity is worth about 14 hours of travel
 * per visit, so a visit leaves its contracted team only when that team cannot make it.
 */
@ConstraintConfiguration(constraintPackage = RosterWeights.PACKAGE)
public class RosterWeights {

    public static final String PACKAGE = "carerounds";

    public static final String REQUIRED_SKILLS = "Team has the required skills";
    public static final String ELDER_UNAVAILABLE = "Elder available that day";
    public static final String DAY_NOT_ALLOWED = "Day inside the contract";
    public static final String VISIT_PATTERN = "Visit days form an allowed combination";
    public static final String MINIMUM_GAP = "Minimum gap between an elder's visits";
    public static final String DAY_CAPACITY = "Route within the day's hours and capacity";
    public static final String MAX_VISITS = "Visits per day within the maximum";
    public static final String TIME_WINDOW = "Visit starts inside its time window";
    public static final String LOAD_CAPACITY = "Workload points within the day's capacity";
    public static final String UNASSIGNED = "Unassigned visit";
    public static final String CONTINUITY = "Contracted team makes the visit";
    public static final String TRAVEL_TIME = "Travel time";
    public static final String EVEN_SPACING = "Visits spread across the month";
    public static final String BALANCED_DAYS = "Balanced workload across team days";
    public static final String BALANCED_TEAMS = "Balanced workload across teams";
    public static final String PREFERRED_HALF_DAY = "Elder's preferred half-day";

    @ConstraintWeight(REQUIRED_SKILLS)
    private HardMediumSoftLongScore requiredSkills = HardMediumSoftLongScore.ofHard(100);
    @ConstraintWeight(ELDER_UNAVAILABLE)
    private HardMediumSoftLongScore elderUnavailable = HardMediumSoftLongScore.ofHard(100);
    @ConstraintWeight(DAY_NOT_ALLOWED)
    private HardMediumSoftLongScore dayNotAllowed = HardMediumSoftLongScore.ofHard(100);
    @ConstraintWeight(VISIT_PATTERN)
    private HardMediumSoftLongScore visitPattern = HardMediumSoftLongScore.ofHard(100);
    @ConstraintWeight(MINIMUM_GAP)
    private HardMediumSoftLongScore minimumGap = HardMediumSoftLongScore.ofHard(10);
    @ConstraintWeight(DAY_CAPACITY)
    private HardMediumSoftLongScore dayCapacity = HardMediumSoftLongScore.ofHard(1);
    @ConstraintWeight(MAX_VISITS)
    private HardMediumSoftLongScore maxVisits = HardMediumSoftLongScore.ofHard(30);
    @ConstraintWeight(TIME_WINDOW)
    private HardMediumSoftLongScore timeWindow = HardMediumSoftLongScore.ofHard(1);
    @ConstraintWeight(LOAD_CAPACITY)
    private HardMediumSoftLongScore loadCapacity = HardMediumSoftLongScore.ofHard(1);
    @ConstraintWeight(UNASSIGNED)
    private HardMediumSoftLongScore unassigned = HardMediumSoftLongScore.ofMedium(1);
    @ConstraintWeight(CONTINUITY)
    private HardMediumSoftLongScore continuity = HardMediumSoftLongScore.ofSoft(50_000);
    @ConstraintWeight(TRAVEL_TIME)
    private HardMediumSoftLongScore travelTime = HardMediumSoftLongScore.ofSoft(1);
    @ConstraintWeight(EVEN_SPACING)
    private HardMediumSoftLongScore evenSpacing = HardMediumSoftLongScore.ofSoft(120);
    @ConstraintWeight(BALANCED_DAYS)
    private HardMediumSoftLongScore balancedDays = HardMediumSoftLongScore.ofSoft(1);
    @ConstraintWeight(BALANCED_TEAMS)
    private HardMediumSoftLongScore balancedTeams = HardMediumSoftLongScore.ofSoft(1);
    @ConstraintWeight(PREFERRED_HALF_DAY)
    private HardMediumSoftLongScore preferredHalfDay = HardMediumSoftLongScore.ofSoft(900);

    public static final List<String> NAMES = List.of(REQUIRED_SKILLS, ELDER_UNAVAILABLE, DAY_NOT_ALLOWED, VISIT_PATTERN, MINIMUM_GAP,
            DAY_CAPACITY, MAX_VISITS, TIME_WINDOW, LOAD_CAPACITY, UNASSIGNED, CONTINUITY, TRAVEL_TIME, EVEN_SPACING,
            BALANCED_DAYS, BALANCED_TEAMS, PREFERRED_HALF_DAY);

    public RosterWeights() {
        // the defaults above
    }

    /** The defaults with an administrator's weights (constraint name → score text such as "2soft") applied. */
    public static RosterWeights of(Map<String, String> byName) {
        RosterWeights weights = new RosterWeights();
        byName.forEach((name, text) -> {
            HardMediumSoftLongScore weight = parse(name, text);
            if (weight.hardScore() < 0 || weight.mediumScore() < 0 || weight.softScore() < 0) {
                throw new IllegalArgumentException("weight of '" + name + "' must not be negative");
            }
            weights.with(name, weight);
        });
        return weights;
    }

    /** "10hard", "1medium", "5soft", or the full "0hard/0medium/5soft". */
    private static HardMediumSoftLongScore parse(String name, String text) {
        java.util.regex.Matcher single = java.util.regex.Pattern.compile("(\\d+)(hard|medium|soft)").matcher(text.trim());
        try {
            if (single.matches()) {
                long value = Long.parseLong(single.group(1));
                return switch (single.group(2)) {
                    case "hard" -> HardMediumSoftLongScore.ofHard(value);
                    case "medium" -> HardMediumSoftLongScore.ofMedium(value);
                    default -> HardMediumSoftLongScore.ofSoft(value);
                };
            }
            return HardMediumSoftLongScore.parseScore(text.trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("weight of '" + name + "' is not a score like 10hard, 1medium or 5soft: "
                    + text);
        }
    }

    /** Every constraint's weight as score text, by name. */
    public Map<String, String> asMap() {
        Map<String, String> byName = new LinkedHashMap<>();
        List<HardMediumSoftLongScore> values = List.of(requiredSkills, elderUnavailable, dayNotAllowed, visitPattern, minimumGap,
                dayCapacity, maxVisits, timeWindow, loadCapacity, unassigned, continuity, travelTime, evenSpacing,
                balancedDays, balancedTeams, preferredHalfDay);
        for (int i = 0; i < NAMES.size(); i++) {
            byName.put(NAMES.get(i), values.get(i).toShortString());
        }
        return byName;
    }

    /** Sets a weight by constraint name, as an administrator configures it. */
    public RosterWeights with(String constraint, HardMediumSoftLongScore weight) {
        switch (constraint) {
            case REQUIRED_SKILLS -> requiredSkills = weight;
            case ELDER_UNAVAILABLE -> elderUnavailable = weight;
            case DAY_NOT_ALLOWED -> dayNotAllowed = weight;
            case VISIT_PATTERN -> visitPattern = weight;
            case MINIMUM_GAP -> minimumGap = weight;
            case DAY_CAPACITY -> dayCapacity = weight;
            case MAX_VISITS -> maxVisits = weight;
            case TIME_WINDOW -> timeWindow = weight;
            case LOAD_CAPACITY -> loadCapacity = weight;
            case UNASSIGNED -> unassigned = weight;
            case CONTINUITY -> continuity = weight;
            case TRAVEL_TIME -> travelTime = weight;
            case EVEN_SPACING -> evenSpacing = weight;
            case BALANCED_DAYS -> balancedDays = weight;
            case BALANCED_TEAMS -> balancedTeams = weight;
            case PREFERRED_HALF_DAY -> preferredHalfDay = weight;
            default -> throw new IllegalArgumentException("no constraint named '" + constraint + "'");
        }
        return this;
    }

    public HardMediumSoftLongScore getRequiredSkills() { return requiredSkills; }
    public HardMediumSoftLongScore getElderUnavailable() { return elderUnavailable; }
    public HardMediumSoftLongScore getDayNotAllowed() { return dayNotAllowed; }
    public HardMediumSoftLongScore getVisitPattern() { return visitPattern; }
    public HardMediumSoftLongScore getMinimumGap() { return minimumGap; }
    public HardMediumSoftLongScore getDayCapacity() { return dayCapacity; }
    public HardMediumSoftLongScore getMaxVisits() { return maxVisits; }
    public HardMediumSoftLongScore getTimeWindow() { return timeWindow; }
    public HardMediumSoftLongScore getLoadCapacity() { return loadCapacity; }
    public HardMediumSoftLongScore getUnassigned() { return unassigned; }
    public HardMediumSoftLongScore getContinuity() { return continuity; }
    public HardMediumSoftLongScore getTravelTime() { return travelTime; }
    public HardMediumSoftLongScore getEvenSpacing() { return evenSpacing; }
    public HardMediumSoftLongScore getBalancedDays() { return balancedDays; }
    public HardMediumSoftLongScore getBalancedTeams() { return balancedTeams; }
    public HardMediumSoftLongScore getPreferredHalfDay() { return preferredHalfDay; }
}

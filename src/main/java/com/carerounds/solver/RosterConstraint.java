package com.carerounds.solver;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The roster's constraints, in the order they are listed everywhere: a stable id (stored with a
 * center's weights and used as the constraint's name in the score), the sentence shown to users,
 * and the default weight, whose level a center's weight must keep. Hard rules must hold; medium
 * counts what is left unplanned; soft is quality, in seconds of travel: continuity is worth about
 * 14 hours of travel per visit, so a visit leaves its contracted team only when that team cannot make it.
 */
public enum RosterConstraint {

    REQUIRED_SKILLS("required-skills", "Team has the required skills", HardMediumSoftLongScore.ofHard(100)),
    ELDER_UNAVAILABLE("elder-unavailable", "Elder available that day", HardMediumSoftLongScore.ofHard(100)),
    DAY_NOT_ALLOWED("day-not-allowed", "Day inside the contract", HardMediumSoftLongScore.ofHard(100)),
    VISIT_PATTERN("visit-pattern", "Visit days form an allowed combination", HardMediumSoftLongScore.ofHard(100)),
    MINIMUM_GAP("minimum-gap", "Minimum gap between an elder's visits", HardMediumSoftLongScore.ofHard(10)),
    DAY_CAPACITY("day-capacity", "Route within the day's hours and capacity", HardMediumSoftLongScore.ofHard(1)),
    MAX_VISITS("max-visits", "Visits per day within the maximum", HardMediumSoftLongScore.ofHard(30)),
    TIME_WINDOW("time-window", "Visit starts inside its time window", HardMediumSoftLongScore.ofHard(1)),
    LOAD_CAPACITY("load-capacity", "Workload points within the day's capacity", HardMediumSoftLongScore.ofHard(1)),
    UNASSIGNED("unassigned", "Unassigned visit", HardMediumSoftLongScore.ofMedium(1)),
    CONTINUITY("continuity", "Contracted team makes the visit", HardMediumSoftLongScore.ofSoft(50_000)),
    TRAVEL_TIME("travel-time", "Travel time", HardMediumSoftLongScore.ofSoft(1)),
    EVEN_SPACING("even-spacing", "Visits spread across the month", HardMediumSoftLongScore.ofSoft(120)),
    BALANCED_DAYS("balanced-days", "Balanced workload across team days", HardMediumSoftLongScore.ofSoft(1)),
    BALANCED_TEAMS("balanced-teams", "Balanced workload across teams", HardMediumSoftLongScore.ofSoft(1)),
    PREFERRED_HALF_DAY("preferred-half-day", "Elder's preferred half-day", HardMediumSoftLongScore.ofSoft(900)),
    MINIMAL_CHANGE("minimal-change", "Published visits stay as published", HardMediumSoftLongScore.ofSoft(300)),
    OVERTIME("overtime", "Team day within its capacity (overtime in re-plans)", HardMediumSoftLongScore.ofSoft(2_000));

    /** The score level a constraint's weight is on. */
    public enum Level { HARD, MEDIUM, SOFT }

    private static final Pattern SINGLE_LEVEL = Pattern.compile("(\\d{1,15})(hard|medium|soft)");
    private static final Pattern FULL = Pattern.compile("\\d{1,15}hard/\\d{1,15}medium/\\d{1,15}soft");

    private final String id;
    private final String displayName;
    private final HardMediumSoftLongScore defaultWeight;

    RosterConstraint(String id, String displayName, HardMediumSoftLongScore defaultWeight) {
        this.id = id;
        this.displayName = displayName;
        this.defaultWeight = defaultWeight;
    }

    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public HardMediumSoftLongScore defaultWeight() {
        return defaultWeight;
    }

    public Level level() {
        return levelOf(defaultWeight);
    }

    public static Optional<RosterConstraint> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    /**
     * A weight as an administrator writes it ("10hard", "1medium", "5soft", or "0hard/0medium/5soft"), checked against this
     * constraint's level: a soft preference cannot be made a hard rule by a typo, nor a rule a preference.
     *
     * @throws IllegalArgumentException with the reason, for the caller to name the field
     */
    public HardMediumSoftLongScore parseWeight(String text) {
        String trimmed = text == null ? "" : text.trim();
        Matcher single = SINGLE_LEVEL.matcher(trimmed);
        HardMediumSoftLongScore weight;
        if (single.matches()) {
            long value = Long.parseLong(single.group(1));
            weight = switch (single.group(2)) {
                case "hard" -> HardMediumSoftLongScore.ofHard(value);
                case "medium" -> HardMediumSoftLongScore.ofMedium(value);
                default -> HardMediumSoftLongScore.ofSoft(value);
            };
        } else if (FULL.matcher(trimmed).matches()) {
            weight = HardMediumSoftLongScore.parseScore(trimmed);
        } else {
            throw new IllegalArgumentException("must be a whole number and the level, like "
                    + defaultWeight.toShortString());
        }
        boolean zero = weight.hardScore() == 0 && weight.mediumScore() == 0 && weight.softScore() == 0;
        int levels = (weight.hardScore() != 0 ? 1 : 0) + (weight.mediumScore() != 0 ? 1 : 0)
                + (weight.softScore() != 0 ? 1 : 0);
        if (!zero && (levels > 1 || levelOf(weight) != level())) {
            throw new IllegalArgumentException("is a " + level().name().toLowerCase(Locale.ROOT)
                    + " constraint: its weight must be on that level, like " + defaultWeight.toShortString());
        }
        return weight;
    }

    private static Level levelOf(HardMediumSoftLongScore weight) {
        if (weight.hardScore() != 0) {
            return Level.HARD;
        }
        return weight.mediumScore() != 0 ? Level.MEDIUM : Level.SOFT;
    }
}

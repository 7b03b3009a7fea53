package com.carerounds.weights;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * One constraint's weight on one score level, written as administrators see it: {@code "1hard"},
 * {@code "10medium"}, {@code "5soft"}. A weight of 0 switches the constraint off.
 */
public record Weight(long amount, Level level) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,12})(hard|medium|soft)");

    public enum Level { HARD, MEDIUM, SOFT }

    public static Weight parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("a weight is a whole number and a level, like 1hard, 10medium or 5soft");
        }
        return new Weight(Long.parseLong(m.group(1)), Level.valueOf(m.group(2).toUpperCase(Locale.ROOT)));
    }

    /** The solver's weight; it has a single level by construction of RosterWeights' defaults. */
    static Weight of(HardMediumSoftLongScore score) {
        if (score.hardScore() != 0) {
            return new Weight(score.hardScore(), Level.HARD);
        }
        return score.mediumScore() != 0 ? new Weight(score.mediumScore(), Level.MEDIUM)
                : new Weight(score.softScore(), Level.SOFT);
    }

    public HardMediumSoftLongScore toScore() {
        return switch (level) {
            case HARD -> HardMediumSoftLongScore.ofHard(amount);
            case MEDIUM -> HardMediumSoftLongScore.ofMedium(amount);
            case SOFT -> HardMediumSoftLongScore.ofSoft(amount);
        };
    }

    public String format() {
        return amount + level.name().toLowerCase(Locale.ROOT);
    }
}

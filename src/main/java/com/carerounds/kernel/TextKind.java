package com.carerounds.kernel;

/**
 * The kinds of free text CareRounds stores, each with the length of its database columns (the
 * migrations' {@code varchar(n)}): the one definition both request validation ({@link Text}) and
 * the import check against, so that a value too long or with control characters is refused at the
 * edge with its field instead of by the database. {@code TextLimitsTest} holds the columns to these.
 */
public enum TextKind {
    /** A record's code: centers, teams, elders (datasets refer to it). */
    CODE(64, false),
    /** A center's or team's name. */
    NAME(200, false),
    /** A person's name: an elder, a team member, an assessor. */
    PERSON_NAME(100, false),
    ADDRESS(400, false),
    NATIONAL_ID(18, false),
    PHONE(32, false),
    /** Why a team is on leave. */
    REASON(200, false),
    /** A doctor's notes on a visit: several lines allowed. */
    NOTES(1000, true);

    private final int maxLength;
    private final boolean multiline;

    TextKind(int maxLength, boolean multiline) {
        this.maxLength = maxLength;
        this.multiline = multiline;
    }

    public int maxLength() {
        return maxLength;
    }

    /**
     * What is wrong with the value, or null if nothing (null itself is for {@code @NotNull} to judge).
     * Control characters (NUL, a line break in a name, escape sequences) are refused: they break CSV
     * exports, logs and printed lists, and PostgreSQL refuses NUL outright; notes may hold line breaks and tabs.
     */
    public String problem(String value) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxLength) {
            return "must be at most " + maxLength + " characters, was " + value.length();
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "is not valid Unicode text (a lone surrogate)";
            } else if ((Character.isISOControl(c) || c == '\u2028' || c == '\u2029')
                    && !(multiline && (c == '\n' || c == '\r' || c == '\t'))) {
                return multiline ? "must not contain control characters other than line breaks and tabs"
                        : "must be one line without control characters (no line breaks, tabs or NUL)";
            }
        }
        return null;
    }
}

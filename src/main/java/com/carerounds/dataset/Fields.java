package com.carerounds.dataset;

import com.carerounds.elder.TimeWindow;
import com.carerounds.kernel.Csv;
import com.carerounds.kernel.PlausibleDate;
import com.carerounds.kernel.TextKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed access to one CSV row that records, instead of throwing, what is wrong with a field, so an
 * import reports every bad row at once. A field that fails yields null (or an empty set).
 */
final class Fields {

    /** The free-text columns of each file, checked as the API checks the same fields. */
    private static final Map<String, TextKind> TEXT = Map.ofEntries(
            Map.entry("centers.csv:code", TextKind.CODE), Map.entry("centers.csv:name", TextKind.NAME),
            Map.entry("centers.csv:address", TextKind.ADDRESS),
            Map.entry("teams.csv:center_code", TextKind.CODE), Map.entry("teams.csv:code", TextKind.CODE),
            Map.entry("teams.csv:name", TextKind.NAME),
            Map.entry("team_members.csv:team_code", TextKind.CODE),
            Map.entry("team_members.csv:name", TextKind.PERSON_NAME),
            Map.entry("team_leave.csv:team_code", TextKind.CODE), Map.entry("team_leave.csv:reason", TextKind.REASON),
            Map.entry("elders.csv:code", TextKind.CODE),
            Map.entry("elders.csv:name", TextKind.PERSON_NAME), Map.entry("elders.csv:national_id", TextKind.NATIONAL_ID),
            Map.entry("elders.csv:phone", TextKind.PHONE), Map.entry("elders.csv:address", TextKind.ADDRESS),
            Map.entry("assessments.csv:elder_code", TextKind.CODE),
            Map.entry("assessments.csv:assessor", TextKind.PERSON_NAME),
            Map.entry("contracts.csv:elder_code", TextKind.CODE), Map.entry("contracts.csv:team_code", TextKind.CODE));

    private final String file;
    private final Csv.Row row;
    private final List<ImportError> errors;

    Fields(String file, Csv.Row row, List<ImportError> errors) {
        this.file = file;
        this.row = row;
        this.errors = errors;
    }

    int line() {
        return row.line();
    }

    void reject(String column, String reason) {
        errors.add(new ImportError(file, row.line(), column, reason));
    }

    /** The value, or null when empty or refused (too long, control characters) for its kind of text. */
    String text(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return null;
        }
        TextKind kind = TEXT.get(file + ":" + column);
        String problem = kind == null ? null : kind.problem(value);
        if (problem != null) {
            reject(column, problem);
            return null;
        }
        return value;
    }

    String required(String column) {
        String value = text(column);
        if (value == null && row.get(column).isEmpty()) {
            reject(column, "is required");
        }
        return value;
    }

    Integer integer(String column, int min, int max) {
        return parse(column, value -> {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                throw new IllegalArgumentException("must be between " + min + " and " + max + ", was " + number);
            }
            return number;
        }, "a whole number");
    }

    Double decimal(String column, double min, double max) {
        return parse(column, value -> {
            double number = Double.parseDouble(value);
            if (!(number >= min && number <= max)) {
                throw new IllegalArgumentException("must be between " + min + " and " + max + ", was " + value);
            }
            return number;
        }, "a decimal number");
    }

    LocalDate date(String column, boolean required) {
        return required ? parse(column, Fields::plausibleDate, "a date yyyy-MM-dd")
                : optional(column, Fields::plausibleDate, "a date yyyy-MM-dd");
    }

    private static LocalDate plausibleDate(String value) {
        LocalDate date = LocalDate.parse(value);
        if (!PlausibleDate.Validator.plausible(date.getYear())) {
            throw new IllegalArgumentException("must be in the years " + PlausibleDate.EARLIEST_YEAR + " to "
                    + PlausibleDate.LATEST_YEAR + ", was " + value);
        }
        return date;
    }

    LocalTime time(String column) {
        return parse(column, LocalTime::parse, "a time HH:mm");
    }

    /** "14:00-17:00"; null when empty. */
    TimeWindow window(String column) {
        return optional(column, TimeWindow::parse, "a time window HH:mm-HH:mm");
    }

    <E extends Enum<E>> E enumValue(String column, Class<E> type, boolean required) {
        Function<String, E> parser = value -> Enum.valueOf(type, value.toUpperCase());
        String expected = "one of " + Arrays.toString(type.getEnumConstants());
        return required ? parse(column, parser, expected) : optional(column, parser, expected);
    }

    <E extends Enum<E>> Set<E> enumSet(String column, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (String part : parts(column)) {
            try {
                values.add(Enum.valueOf(type, part.toUpperCase()));
            } catch (IllegalArgumentException e) {
                reject(column, "'" + part + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            }
        }
        return values;
    }

    Set<DayOfWeek> weekdays(String column) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : parts(column)) {
            Arrays.stream(DayOfWeek.values())
                    .filter(d -> d.name().startsWith(part.toUpperCase()) && part.length() >= 3)
                    .findFirst()
                    .ifPresentOrElse(days::add, () -> reject(column, "'" + part + "' is not a weekday (MON … SUN)"));
        }
        return days;
    }

    Set<LocalDate> dates(String column) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (String part : parts(column)) {
            try {
                dates.add(plausibleDate(part));
            } catch (DateTimeParseException e) {
                reject(column, "'" + part + "' is not a date yyyy-MM-dd");
            } catch (IllegalArgumentException e) {
                reject(column, e.getMessage());
            }
        }
        return dates;
    }

    private List<String> parts(String column) {
        String value = text(column);
        return value == null ? List.of()
                : Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private <T> T parse(String column, Function<String, T> parser, String expected) {
        String value = required(column);
        return value == null ? null : convert(column, value, parser, expected);
    }

    private <T> T optional(String column, Function<String, T> parser, String expected) {
        String value = text(column);
        return value == null ? null : convert(column, value, parser, expected);
    }

    private <T> T convert(String column, String value, Function<String, T> parser, String expected) {
        try {
            return parser.apply(value);
        } catch (NumberFormatException | DateTimeParseException e) {
            reject(column, "'" + value + "' is not " + expected);
        } catch (IllegalArgumentException e) {
            reject(column, e.getMessage() != null && e.getMessage().startsWith("No enum")
                    ? "'" + value + "' is not " + expected : e.getMessage());
        }
        return null;
    }
}

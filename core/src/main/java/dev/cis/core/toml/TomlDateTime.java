package dev.cis.core.toml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;

/**
 * A date and/or time value: an {@link OffsetDateTime}, {@link LocalDateTime}, {@link LocalDate} or
 * {@link LocalTime}, as written.
 */
public record TomlDateTime(Temporal value, int line, int column) implements TomlValue {

    public TomlDateTime {
        if (!(value instanceof OffsetDateTime || value instanceof LocalDateTime
                || value instanceof LocalDate || value instanceof LocalTime)) {
            throw new IllegalArgumentException("not a TOML date-time kind: " + value.getClass());
        }
    }

    @Override
    public String typeName() {
        if (value instanceof OffsetDateTime) {
            return "offset date-time";
        } else if (value instanceof LocalDateTime) {
            return "local date-time";
        } else if (value instanceof LocalDate) {
            return "local date";
        }
        return "local time";
    }

    @Override
    public Object toJava() {
        return value;
    }

    @Override
    public String describe() {
        return typeName() + " " + value;
    }
}

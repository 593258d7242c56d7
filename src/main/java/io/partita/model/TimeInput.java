package io.partita.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads a point in time as people type it, for offset resets (CLI and GUI accept the same forms). */
public final class TimeInput {

    public static final String FORMS = "2024-06-01T12:00:00Z, 2024-06-01T12:00 (local time), 2024-06-01 "
            + "or epoch milliseconds";

    private TimeInput() {
    }

    /**
     * ISO date-time with zone or offset, local date-time or date (in {@code zone}), or epoch milliseconds.
     *
     * @throws IllegalArgumentException naming the accepted forms
     */
    public static Instant parse(String text, ZoneId zone) {
        String t = text == null ? "" : text.strip();
        if (t.matches("\\d{1,15}")) {
            return Instant.ofEpochMilli(Long.parseLong(t));
        }
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notWithZone) {
            try {
                return LocalDateTime.parse(t).atZone(zone).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(t).atStartOfDay(zone).toInstant();
                } catch (DateTimeParseException notDate) {
                    throw new IllegalArgumentException("'" + text + "' is not a time: write e.g. " + FORMS);
                }
            }
        }
    }
}

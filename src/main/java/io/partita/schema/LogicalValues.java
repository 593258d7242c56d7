package io.partita.schema;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericFixed;

/**
 * Avro logical types rendered for people: instants as {@link Instant#toString()} (UTC, {@code Z}), local
 * timestamps as ISO local date-times, dates as {@code YYYY-MM-DD}, times as ISO local times, decimals as exact
 * {@link BigDecimal}s with the schema's scale, uuids as strings. A value the logical type cannot hold (a time past
 * midnight, a uuid fixed of the wrong size) falls back to its plain rendering rather than failing the record.
 */
final class LogicalValues {

    private static final long MICROS = 1_000_000L;
    private static final long NANOS = 1_000_000_000L;

    private LogicalValues() {
    }

    static Object render(Object datum, Schema schema, LogicalType type) {
        try {
            Object rendered = renderOrNull(datum, schema, type);
            return rendered != null ? rendered : plain(datum);
        } catch (RuntimeException outOfRange) {
            return plain(datum);
        }
    }

    private static Object renderOrNull(Object datum, Schema schema, LogicalType type) {
        String name = type.getName();
        return switch (name) {
            case "timestamp-millis" -> IsoInstants.ofEpochMilli((Long) datum);
            case "timestamp-micros" -> instant((Long) datum, MICROS).toString();
            case "timestamp-nanos" -> instant((Long) datum, NANOS).toString();
            case "local-timestamp-millis" -> local(instant((Long) datum, 1000L));
            case "local-timestamp-micros" -> local(instant((Long) datum, MICROS));
            case "local-timestamp-nanos" -> local(instant((Long) datum, NANOS));
            case "date" -> LocalDate.ofEpochDay((Integer) datum).toString();
            case "time-millis" -> time(LocalTime.ofNanoOfDay((Integer) datum * 1_000_000L));
            case "time-micros" -> time(LocalTime.ofNanoOfDay((Long) datum * 1_000L));
            case "decimal" -> decimal(datum, ((LogicalTypes.Decimal) type).getScale());
            case "big-decimal" -> bigDecimal((ByteBuffer) datum);
            case "uuid" -> uuid(datum, schema);
            case "duration" -> duration((GenericFixed) datum);
            default -> null;
        };
    }

    /** timestamp-millis read straight from the long (the schema compiler's fast path; same text as render). */
    static Object timestampMillis(long millis) {
        try {
            return IsoInstants.ofEpochMilli(millis);
        } catch (RuntimeException outOfRange) {
            return millis;
        }
    }

    /** decimal on bytes read straight from the body (the fast path; same value as render). */
    static Object decimalBytes(byte[] bytes, int scale) {
        try {
            return decimalOf(bytes, scale);
        } catch (RuntimeException notADecimal) {
            return Base64.getEncoder().encodeToString(bytes);
        }
    }

    private static Instant instant(long value, long unitsPerSecond) {
        long seconds = Math.floorDiv(value, unitsPerSecond);
        long fraction = Math.floorMod(value, unitsPerSecond);
        return Instant.ofEpochSecond(seconds, fraction * (NANOS / unitsPerSecond));
    }

    private static String local(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static String time(LocalTime time) {
        return DateTimeFormatter.ISO_LOCAL_TIME.format(time);
    }

    private static BigDecimal decimal(Object datum, int scale) {
        return decimalOf(datum instanceof GenericFixed fixed ? fixed.bytes() : bytes((ByteBuffer) datum), scale);
    }

    private static BigDecimal decimalOf(byte[] bytes, int scale) {
        if (bytes.length > 0 && bytes.length <= 8) {
            // Two's complement, big-endian, sign-extended from the first byte: the common case fits a long.
            long unscaled = bytes[0];
            for (int i = 1; i < bytes.length; i++) {
                unscaled = (unscaled << 8) | (bytes[i] & 0xff);
            }
            return BigDecimal.valueOf(unscaled, scale);
        }
        return new BigDecimal(new BigInteger(bytes), scale);
    }

    /** Avro 1.12's big-decimal: the unscaled value's bytes and the scale, both in the bytes. */
    private static BigDecimal bigDecimal(ByteBuffer datum) {
        byte[] bytes = bytes(datum);
        org.apache.avro.Conversions.BigDecimalConversion conversion = new org.apache.avro.Conversions
                .BigDecimalConversion();
        return conversion.fromBytes(ByteBuffer.wrap(bytes), null, LogicalTypes.bigDecimal());
    }

    private static Object uuid(Object datum, Schema schema) {
        if (datum instanceof String text) {
            return text;
        }
        if (datum instanceof GenericFixed fixed && fixed.bytes().length == 16) {
            ByteBuffer buffer = ByteBuffer.wrap(fixed.bytes());
            return new UUID(buffer.getLong(), buffer.getLong()).toString();
        }
        return null;
    }

    /** Avro's duration: three little-endian unsigned ints (months, days, milliseconds). */
    private static Map<String, Object> duration(GenericFixed fixed) {
        ByteBuffer buffer = ByteBuffer.wrap(fixed.bytes()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("months", Integer.toUnsignedLong(buffer.getInt()));
        value.put("days", Integer.toUnsignedLong(buffer.getInt()));
        value.put("millis", Integer.toUnsignedLong(buffer.getInt()));
        return value;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    /** What the value shows without its logical type. */
    private static Object plain(Object datum) {
        if (datum instanceof ByteBuffer buffer) {
            return Base64.getEncoder().encodeToString(bytes(buffer));
        }
        if (datum instanceof GenericFixed fixed) {
            return Base64.getEncoder().encodeToString(fixed.bytes());
        }
        return datum;
    }
}

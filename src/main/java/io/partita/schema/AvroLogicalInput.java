package io.partita.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.apache.avro.Conversions;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;

/**
 * Friendly input for Avro logical types: what people type (ISO dates and times, decimals as numbers or strings,
 * uuids as text) to the raw Avro value (days, epoch units, unscaled bytes). Also accepts the raw number itself.
 * Timestamps without a zone are read as UTC. Pure and stateless.
 */
final class AvroLogicalInput {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Conversions.BigDecimalConversion BIG_DECIMAL = new Conversions.BigDecimalConversion();

    private AvroLogicalInput() {
    }

    /** What a field of this logical type accepts, for error messages. */
    static String expected(Schema schema) {
        String name = schema.getLogicalType().getName();
        return switch (name) {
            case "date" -> "date (\"2024-05-31\" or days since 1970-01-01)";
            case "time-millis" -> "time-millis (\"13:45:30.250\" or milliseconds of the day)";
            case "time-micros" -> "time-micros (\"13:45:30.250001\" or microseconds of the day)";
            case "timestamp-millis", "timestamp-micros", "timestamp-nanos" -> name
                    + " (an ISO-8601 time like \"2024-05-31T13:45:30Z\" or epoch " + unit(name) + ")";
            case "local-timestamp-millis", "local-timestamp-micros", "local-timestamp-nanos" -> name
                    + " (a local time like \"2024-05-31T13:45:30\" without zone, or " + unit(name) + ")";
            case "decimal" -> decimalName(schema) + " (a number or a string like \"12.90\")";
            case "big-decimal" -> "big-decimal (a number or a string like \"12.90\")";
            case "uuid" -> "uuid (text like \"123e4567-e89b-12d3-a456-426614174000\")";
            case "duration" -> "duration ({\"months\":1,\"days\":2,\"millis\":3} or ISO \"P1M2DT0.003S\")";
            default -> name;
        };
    }

    /** The raw Avro value, or null when the node has the wrong JSON kind or does not parse. */
    static Object convert(Schema schema, JsonNode node) {
        String name = schema.getLogicalType().getName();
        try {
            return switch (name) {
                case "date" -> node.isTextual() ? (Object) (int) LocalDate.parse(node.asText().strip()).toEpochDay()
                        : intValue(node);
                case "time-millis" -> node.isTextual()
                        ? (Object) (int) (LocalTime.parse(node.asText().strip()).toNanoOfDay() / 1_000_000) : intValue(node);
                case "time-micros" -> node.isTextual()
                        ? (Object) (LocalTime.parse(node.asText().strip()).toNanoOfDay() / 1_000) : longValue(node);
                case "timestamp-millis", "timestamp-micros", "timestamp-nanos" -> node.isTextual()
                        ? (Object) since(instant(node.asText().strip()), name) : longValue(node);
                case "local-timestamp-millis", "local-timestamp-micros", "local-timestamp-nanos" -> node.isTextual()
                        ? (Object) since(localTime(node.asText().strip()).toInstant(ZoneOffset.UTC), name)
                        : longValue(node);
                case "decimal" -> decimal(schema, decimalValue(node));
                case "big-decimal" -> bigDecimal(schema, decimalValue(node));
                case "uuid" -> uuid(schema, node);
                case "duration" -> duration(schema, node);
                default -> UNKNOWN;
            };
        } catch (DateTimeException | NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** Returned by {@link #convert} for a logical type this class does not know: treat the field as its base type. */
    static final Object UNKNOWN = new Object();

    /** Why a decimal value does not fit (too many places or digits), or null when it fits. */
    static String decimalProblem(Schema schema, JsonNode node) {
        if (!"decimal".equals(schema.getLogicalType().getName())) {
            return null;
        }
        BigDecimal value = decimalValue(node);
        if (value == null) {
            return null;
        }
        LogicalTypes.Decimal d = (LogicalTypes.Decimal) schema.getLogicalType();
        if (value.stripTrailingZeros().scale() > d.getScale()) {
            return value.toPlainString() + " has more than " + d.getScale() + " decimal places";
        }
        if (value.setScale(d.getScale()).precision() > d.getPrecision()) {
            return value.toPlainString() + " has more than " + d.getPrecision() + " digits";
        }
        return null;
    }

    private static String unit(String logicalName) {
        return logicalName.endsWith("millis") ? "milliseconds" : logicalName.endsWith("micros") ? "microseconds"
                : "nanoseconds";
    }

    private static String decimalName(Schema schema) {
        LogicalTypes.Decimal d = (LogicalTypes.Decimal) schema.getLogicalType();
        return "decimal(" + d.getPrecision() + "," + d.getScale() + ")";
    }

    private static Instant instant(String text) {
        if (text.endsWith("Z") || text.endsWith("z")) {
            return Instant.parse(text.toUpperCase(java.util.Locale.ROOT));
        }
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException noOffset) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }

    private static LocalDateTime localTime(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
    }

    private static long since(Instant instant, String logicalName) {
        ChronoUnit unit = logicalName.endsWith("millis") ? ChronoUnit.MILLIS
                : logicalName.endsWith("micros") ? ChronoUnit.MICROS : ChronoUnit.NANOS;
        long seconds = instant.getEpochSecond();
        long nanos = instant.getNano();
        return switch (unit) {
            case MILLIS -> Math.addExact(Math.multiplyExact(seconds, 1_000L), nanos / 1_000_000);
            case MICROS -> Math.addExact(Math.multiplyExact(seconds, 1_000_000L), nanos / 1_000);
            default -> Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
        };
    }

    private static Integer intValue(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue() : null;
    }

    private static Long longValue(JsonNode node) {
        return node.isIntegralNumber() && node.canConvertToLong() ? node.longValue() : null;
    }

    private static BigDecimal decimalValue(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            return new BigDecimal(node.asText().strip());
        }
        return null;
    }

    private static Object decimal(Schema schema, BigDecimal value) {
        if (value == null) {
            return null;
        }
        LogicalTypes.Decimal d = (LogicalTypes.Decimal) schema.getLogicalType();
        if (value.stripTrailingZeros().scale() > d.getScale()) {
            return null;
        }
        BigDecimal scaled = value.setScale(d.getScale());
        if (scaled.precision() > d.getPrecision()) {
            return null;
        }
        byte[] unscaled = scaled.unscaledValue().toByteArray();
        if (schema.getType() == Schema.Type.BYTES) {
            return ByteBuffer.wrap(unscaled);
        }
        if (unscaled.length > schema.getFixedSize()) {
            return null;
        }
        byte[] fixed = new byte[schema.getFixedSize()];
        byte pad = (byte) (scaled.signum() < 0 ? 0xFF : 0x00);
        int offset = fixed.length - unscaled.length;
        java.util.Arrays.fill(fixed, 0, offset, pad);
        System.arraycopy(unscaled, 0, fixed, offset, unscaled.length);
        return new GenericData.Fixed(schema, fixed);
    }

    private static Object bigDecimal(Schema schema, BigDecimal value) {
        return value == null ? null : BIG_DECIMAL.toBytes(value, schema, schema.getLogicalType());
    }

    private static Object uuid(Schema schema, JsonNode node) {
        if (!node.isTextual() || !UUID_TEXT.matcher(node.asText().strip()).matches()) {
            return null;
        }
        java.util.UUID uuid = java.util.UUID.fromString(node.asText().strip());
        if (schema.getType() == Schema.Type.STRING) {
            return uuid.toString();
        }
        if (schema.getType() != Schema.Type.FIXED || schema.getFixedSize() != 16) {
            return UNKNOWN;
        }
        ByteBuffer bytes = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                .putLong(uuid.getLeastSignificantBits());
        return new GenericData.Fixed(schema, bytes.array());
    }

    private static Object duration(Schema schema, JsonNode node) {
        long months;
        long days;
        long millis;
        if (node.isObject()) {
            months = node.path("months").asLong(0);
            days = node.path("days").asLong(0);
            millis = node.path("millis").asLong(0);
            for (var it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!f.equals("months") && !f.equals("days") && !f.equals("millis")) {
                    return null;
                }
            }
        } else if (node.isTextual()) {
            String text = node.asText().strip().toUpperCase(java.util.Locale.ROOT);
            int t = text.indexOf('T');
            String datePart = t < 0 ? text : text.substring(0, t);
            Period period = "P".equals(datePart) ? Period.ZERO : Period.parse(datePart);
            months = period.toTotalMonths();
            days = period.getDays();
            millis = t < 0 ? 0 : Duration.parse("P" + text.substring(t)).toMillis();
        } else {
            return null;
        }
        if (schema.getType() != Schema.Type.FIXED || schema.getFixedSize() != 12) {
            return UNKNOWN;
        }
        if (!unsignedInt(months) || !unsignedInt(days) || !unsignedInt(millis)) {
            return null;
        }
        ByteBuffer b = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN)
                .putInt((int) months).putInt((int) days).putInt((int) millis);
        return new GenericData.Fixed(schema, b.array());
    }

    private static boolean unsignedInt(long v) {
        return v >= 0 && v <= 0xFFFF_FFFFL;
    }
}

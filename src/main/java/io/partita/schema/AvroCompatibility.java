package io.partita.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;

/**
 * Explains an incompatibility locally with Avro's own {@link SchemaCompatibility}, for registries that answer a
 * compatibility check without reasons (Apicurio 3.0). The registry stays the judge; this only says why. Pure.
 */
public final class AvroCompatibility {

    private AvroCompatibility() {
    }

    /** A previous version, for messages that name it. */
    public record Version(int number, Schema schema) {
    }

    /**
     * @param level    the subject's effective level (BACKWARD, FORWARD_TRANSITIVE …)
     * @param previous the versions to check against: the latest only, or all for a *_TRANSITIVE level
     * @return one sentence per incompatibility, empty when Avro finds none
     */
    public static List<String> explain(String level, Schema candidate, List<Version> previous) {
        String normalized = level == null ? "NONE" : level.toUpperCase(Locale.ROOT);
        boolean backward = normalized.startsWith("BACKWARD") || normalized.startsWith("FULL");
        boolean forward = normalized.startsWith("FORWARD") || normalized.startsWith("FULL");
        List<String> reasons = new ArrayList<>();
        for (Version version : previous) {
            if (backward) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(candidate, version.schema()),
                        "the new schema cannot read data written with version " + version.number(), reasons);
            }
            if (forward) {
                describe(SchemaCompatibility.checkReaderWriterCompatibility(version.schema(), candidate),
                        "version " + version.number() + " cannot read data written with the new schema", reasons);
            }
        }
        return reasons;
    }

    /** Whether a level checks against every earlier version instead of the latest only. */
    public static boolean transitive(String level) {
        return level != null && level.toUpperCase(Locale.ROOT).endsWith("_TRANSITIVE");
    }

    private static void describe(SchemaCompatibility.SchemaPairCompatibility result, String direction,
                                 List<String> reasons) {
        for (Incompatibility problem : result.getResult().getIncompatibilities()) {
            reasons.add(direction + ": " + sentence(problem) + " (" + problem.getType() + " at "
                    + problem.getLocation() + ")");
        }
    }

    private static String sentence(Incompatibility problem) {
        String detail = problem.getMessage();
        return switch (problem.getType()) {
            case READER_FIELD_MISSING_DEFAULT_VALUE -> "field '" + detail + "' has no default value";
            case MISSING_ENUM_SYMBOLS -> "enum symbols " + detail + " are unknown to the reader";
            case MISSING_UNION_BRANCH -> "a union branch is missing: " + detail;
            case TYPE_MISMATCH -> "types differ: " + detail;
            case NAME_MISMATCH -> "names differ: " + detail;
            case FIXED_SIZE_MISMATCH -> "fixed sizes differ: " + detail;
            default -> detail;
        };
    }
}

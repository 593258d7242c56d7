package io.partita.cli;

import io.partita.model.CompatibilityReport;
import io.partita.model.RegisteredSchema;
import io.partita.model.SubjectSummary;
import io.partita.schema.TopicNameStrategy;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** How schemas look on the command line. JSON field names are part of the CLI's contract. */
final class SchemasOutput {

    private SchemasOutput() {
    }

    static Map<String, Object> summary(SubjectSummary row) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subject", row.subject());
        json.put("latestVersion", row.latestVersion() == 0 ? null : row.latestVersion());
        json.put("latestId", row.latestId() == 0 ? null : row.latestId());
        json.put("schemaType", row.schemaType());
        json.put("compatibility", row.compatibility());
        Optional<TopicNameStrategy.TopicPart> topic = TopicNameStrategy.topicOf(row.subject());
        json.put("topic", topic.map(TopicNameStrategy.TopicPart::topic).orElse(null));
        json.put("part", topic.map(t -> t.key() ? "key" : "value").orElse(null));
        json.put("deleted", row.deleted());
        return json;
    }

    static Map<String, Object> schema(RegisteredSchema schema) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subject", schema.subject());
        json.put("version", schema.version());
        json.put("id", schema.id());
        json.put("schemaType", schema.schemaType());
        json.put("references", schema.references().stream().map(r -> {
            Map<String, Object> ref = new LinkedHashMap<>();
            ref.put("name", r.name());
            ref.put("subject", r.subject());
            ref.put("version", r.version());
            return ref;
        }).toList());
        json.put("schema", schema.schema());
        return json;
    }

    static Map<String, Object> report(String subject, CompatibilityReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subject", subject);
        json.put("compatible", report.compatible());
        json.put("level", report.level());
        json.put("newSubject", report.newSubject());
        json.put("registryMessages", report.registryMessages());
        json.put("localReasons", report.localReasons());
        return json;
    }

    static String title(RegisteredSchema schema) {
        StringBuilder text = new StringBuilder(schema.subject() + " version " + schema.version() + " (id "
                + schema.id() + ", " + schema.schemaType() + ")");
        schema.references().forEach(r -> text.append(System.lineSeparator()).append("  references ").append(r.name())
                .append(" = ").append(r.subject()).append(" version ").append(r.version()));
        return text.toString();
    }

    /** "latest" or a positive number; anything else is a usage error. */
    static String version(String value) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (v.equals("latest")) {
            return v;
        }
        try {
            if (Integer.parseInt(v) > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the usage error
        }
        throw new IllegalArgumentException("--version must be a positive number or 'latest', was '" + value + "'");
    }
}

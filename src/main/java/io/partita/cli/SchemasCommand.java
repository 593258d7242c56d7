package io.partita.cli;

import io.partita.kafka.SchemaRegistryService;
import io.partita.model.RegisteredSchema;
import io.partita.model.SubjectSummary;
import io.partita.schema.SchemaFormat;
import io.partita.schema.TopicNameStrategy;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code partita schemas ...}: the schema registry from the command line. Reads here; changes in
 * {@link SchemasChangeCommands}. Works with {@code --registry URL} alone, no Kafka needed.
 */
@Command(name = "schemas", description = "Schema registry subjects, versions, compatibility.",
        subcommands = {SchemasCommand.ListSubjects.class, SchemasCommand.Versions.class, SchemasCommand.Show.class,
                SchemasChangeCommands.Check.class, SchemasChangeCommands.Register.class,
                SchemasChangeCommands.Delete.class, SchemasChangeCommands.Compat.class})
final class SchemasCommand {

    @Command(name = "list", description = "Subjects with their latest version, id, type, compatibility level and "
            + "the topic they belong to by name (<topic>-key / <topic>-value).")
    static final class ListSubjects implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        RegistryOptions registry;

        @Option(names = "--filter", paramLabel = "TEXT", description = "Only subjects whose name contains TEXT.")
        String filter;

        @Option(names = "--deleted", description = "Also soft-deleted subjects.")
        boolean deleted;

        @Option(names = "--json", description = "One JSON array.")
        boolean json;

        ListSubjects(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            List<SubjectSummary> rows = registry.service(context).subjects(deleted).stream()
                    .filter(r -> filter == null || r.subject().toLowerCase(Locale.ROOT)
                            .contains(filter.toLowerCase(Locale.ROOT)))
                    .toList();
            if (json) {
                context.printJson(rows.stream().map(SchemasOutput::summary).toList());
                return Cli.OK;
            }
            TextTable table = new TextTable("SUBJECT", "VERSION", "ID", "TYPE", "COMPATIBILITY", "TOPIC");
            for (SubjectSummary row : rows) {
                table.row(row.subject() + (row.deleted() ? " (deleted)" : ""), row.latestVersion() == 0 ? null
                        : row.latestVersion(), row.latestId() == 0 ? null : row.latestId(), row.schemaType(),
                        row.compatibility(), TopicNameStrategy.topicOf(row.subject())
                                .map(TopicNameStrategy.TopicPart::label).orElse(null));
            }
            table.print(context.out(), "");
            return Cli.OK;
        }
    }

    @Command(name = "versions", description = "The versions of a subject, oldest first.")
    static final class Versions implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        RegistryOptions registry;

        @Parameters(index = "0", paramLabel = "SUBJECT")
        String subject;

        @Option(names = "--deleted", description = "Also soft-deleted versions.")
        boolean deleted;

        @Option(names = "--json", description = "One JSON array of numbers.")
        boolean json;

        Versions(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            SchemaRegistryService service = registry.service(context);
            List<Integer> versions = service.versions(subject, deleted);
            if (json) {
                context.printJson(versions);
            } else {
                List<Integer> live = deleted ? service.versions(subject, false) : versions;
                versions.forEach(v -> context.out().println(v + (live.contains(v) ? "" : " (deleted)")));
            }
            return Cli.OK;
        }
    }

    @Command(name = "show", description = {"Print one version of a subject, pretty-printed (default: latest).",
            "The schema alone goes to stdout (so '> file.avsc' exports it); what it is goes to stderr."})
    static final class Show implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        RegistryOptions registry;

        @Parameters(index = "0", paramLabel = "SUBJECT")
        String subject;

        @Option(names = "--version", paramLabel = "V|latest", defaultValue = "latest",
                description = "A version number or 'latest' (default).")
        String version;

        @Option(names = "--deleted", description = "Also find a soft-deleted version.")
        boolean deleted;

        @Option(names = "--json", description = "One JSON object: subject, version, id, schemaType, references, schema.")
        boolean json;

        Show(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            RegisteredSchema schema = registry.service(context).schema(subject, SchemasOutput.version(version), deleted);
            if (json) {
                context.printJson(SchemasOutput.schema(schema));
                return Cli.OK;
            }
            context.err().println(SchemasOutput.title(schema));
            context.out().println(SchemaFormat.pretty(schema.schemaType(), schema.schema()));
            return Cli.OK;
        }
    }
}

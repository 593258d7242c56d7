package io.partita.cli;

import io.partita.kafka.SchemaRegistryService;
import io.partita.model.CompatibilityReport;
import io.partita.model.SubjectCompatibility;
import io.partita.schema.HttpSchemaRegistryClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** {@code schemas check|register|delete|compat}: everything that asks before it changes, or changes. */
final class SchemasChangeCommands {

    private SchemasChangeCommands() {
    }

    @Command(name = "check", description = {"Would the registry accept this schema as the subject's next version?",
            "Exit 0 if compatible; 1 if not (the reasons are printed) or if the file does not parse."})
    static final class Check implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        RegistryOptions registry;

        @Mixin
        SchemaFileOptions file;

        @Parameters(index = "0", paramLabel = "SUBJECT")
        String subject;

        @Option(names = "--json", description = "One JSON object: compatible, level, registryMessages, localReasons.")
        boolean json;

        Check(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            SchemaRegistryService service = registry.service(context);
            SchemaFile schema = file.read(service, subject);
            CompatibilityReport report = service.check(subject, schema.text(), schema.type(), schema.references());
            if (json) {
                context.printJson(SchemasOutput.report(subject, report));
            } else {
                printReport(report);
            }
            return report.compatible() ? Cli.OK : Cli.FAILED;
        }

        private void printReport(CompatibilityReport report) {
            if (report.newSubject()) {
                context.out().println("compatible: " + subject + " has no versions yet (level " + report.level() + ")");
            } else if (report.compatible()) {
                context.out().println("compatible: " + subject + " accepts it as its next version (level "
                        + report.level() + ")");
            } else {
                context.out().println("incompatible with " + subject + " (level " + report.level() + "):");
                List<String> reasons = report.reasons();
                if (reasons.isEmpty()) {
                    context.out().println("  - the registry gave no reasons");
                }
                reasons.forEach(r -> context.out().println("  - " + r));
            }
        }
    }

    @Command(name = "register", description = "Register a schema file as the subject's next version "
            + "(checked locally first; the registry enforces the compatibility level).")
    static final class Register implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        RegistryOptions registry;

        @Mixin
        SchemaFileOptions file;

        @Parameters(index = "0", paramLabel = "SUBJECT")
        String subject;

        @Option(names = "--json", description = "One JSON object: subject, version, id, alreadyRegistered.")
        boolean json;

        Register(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            SchemaRegistryService service = registry.service(context);
            SchemaFile schema = file.read(service, subject);
            List<Integer> before = service.versionsOrNone(subject);
            int id = service.register(subject, schema.text(), schema.type(), schema.references());
            int version = service.client().lookup(subject, schema.text(), schema.type()).map(s -> s.version()).orElse(0);
            boolean existed = before.contains(version);
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("subject", subject);
                out.put("version", version);
                out.put("id", id);
                out.put("alreadyRegistered", existed);
                context.printJson(out);
            } else {
                context.out().println((existed ? "already registered: " : "registered ") + subject + " version "
                        + version + " (id " + id + ")");
            }
            return Cli.OK;
        }
    }

    @Command(name = "delete", description = {"Delete a subject or one version: soft by default (hidden, ids kept).",
            "--permanent deletes for good (soft-deleting first if needed). Needs --yes."})
    static final class Delete implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        RegistryOptions registry;

        @Parameters(index = "0", paramLabel = "SUBJECT")
        String subject;

        @Option(names = "--version", paramLabel = "V", description = "Only this version (default: the whole subject).")
        Integer version;

        @Option(names = "--permanent", description = "Hard delete: cannot be undone; the schema ids are freed.")
        boolean permanent;

        @Option(names = "--yes", description = "Really delete (required).")
        boolean yes;

        Delete(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (!yes) {
                throw new IllegalArgumentException("deleting needs --yes");
            }
            SchemaRegistryService service = registry.service(context);
            String what = subject + (version == null ? "" : " version " + version);
            boolean live = version == null ? service.client().subjects(false).contains(subject)
                    : service.versionsOrNone(subject).contains(version);
            if (live) {
                delete(service, false);
            }
            if (permanent) {
                delete(service, true);
            }
            context.out().println((permanent ? "permanently deleted " : "soft-deleted ") + what
                    + (permanent ? "" : " (--permanent deletes it for good)"));
            return Cli.OK;
        }

        private void delete(SchemaRegistryService service, boolean hard) {
            if (version == null) {
                service.deleteSubject(subject, hard);
            } else {
                service.deleteVersion(subject, version, hard);
            }
        }
    }

    @Command(name = "compat", description = {"Show or set the compatibility level: global without SUBJECT, else the "
            + "subject's.", "Levels: NONE, BACKWARD, BACKWARD_TRANSITIVE, FORWARD, FORWARD_TRANSITIVE, FULL, "
            + "FULL_TRANSITIVE."})
    static final class Compat implements Callable<Integer> {

        private final CliContext context;

        @Mixin
        RegistryOptions registry;

        @Parameters(index = "0", arity = "0..1", paramLabel = "SUBJECT")
        String subject;

        @ArgGroup(exclusive = true)
        Change change;

        @Option(names = "--json", description = "One JSON object: subject, level, own, global.")
        boolean json;

        static final class Change {
            @Option(names = "--set", paramLabel = "LEVEL", converter = Level.class, description = "Set the level.")
            String level;

            @Option(names = "--reset", description = "Remove the subject's own level: the global one applies.")
            boolean reset;
        }

        Compat(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            SchemaRegistryService service = registry.service(context);
            if (change != null && change.reset && subject == null) {
                throw new IllegalArgumentException("--reset needs a SUBJECT (the global level can only be --set)");
            }
            if (change != null && change.level != null) {
                service.setCompatibility(subject, change.level);
            } else if (change != null && change.reset) {
                service.resetCompatibility(subject);
            }
            print(subject == null ? null : service.compatibility(subject), service);
            return Cli.OK;
        }

        private void print(SubjectCompatibility level, SchemaRegistryService service) {
            String global = level == null ? service.globalCompatibility() : level.global();
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("subject", subject);
                out.put("level", level == null ? global : level.effective());
                out.put("own", level == null ? null : level.own());
                out.put("global", global);
                context.printJson(out);
            } else if (level == null) {
                context.out().println("global: " + global);
            } else {
                context.out().println(subject + ": " + level.effective() + (level.inherits()
                        ? " (inherited from the global level)" : " (set on the subject; global " + global + ")"));
            }
        }
    }

    /** A compatibility level name, any case; anything else is a usage error. */
    static final class Level implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String level = value.strip().toUpperCase(Locale.ROOT);
            if (!HttpSchemaRegistryClient.COMPATIBILITY_LEVELS.contains(level)) {
                throw new TypeConversionException("'" + value + "' is not a compatibility level; use one of "
                        + String.join(", ", HttpSchemaRegistryClient.COMPATIBILITY_LEVELS.stream().sorted().toList()));
            }
            return level;
        }
    }
}

package io.partita.cli;

import io.partita.profile.ProfileStore;
import io.partita.sandbox.SandboxOptions;
import io.partita.async.ShutdownHooks;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code partita sandbox start}: a local cluster in the foreground until Ctrl+C. */
@Command(name = "sandbox", description = "Run a local Kafka cluster (and schema registry) to try things out.",
        subcommands = SandboxCommand.Start.class)
final class SandboxCommand {

    @Command(name = "start", description = {
        "Start a local cluster bound to 127.0.0.1, save it as the \"Local sandbox\" profile and run until "
                + "Ctrl+C (or SIGTERM), which stops every process it started.",
        "Progress goes to stderr; the addresses to stdout."})
    static final class Start implements Callable<Integer> {

        private final CliContext context;

        @Spec
        CommandSpec command;

        @Option(names = "--brokers", paramLabel = "N", defaultValue = "1",
                description = "1 = one combined KRaft node; N > 1 = a controller and N brokers (default: 1).")
        int brokers;

        @Option(names = "--no-registry", description = "Do not start the schema registry.")
        boolean noRegistry;

        @Option(names = "--no-demo-data", description = "Do not create the demo topics and consumer group.")
        boolean noDemoData;

        @Option(names = "--data-dir", paramLabel = "DIR", description = "Keep the logs here (default: a temp dir).")
        Path dataDir;

        @Option(names = "--keep-data", description = "With --data-dir: keep the data on stop and reuse it next time.")
        boolean keepData;

        @Option(names = "--json", description = "When ready print one JSON line: bootstrap, registry, profile.")
        boolean json;

        Start(CliContext context) {
            this.context = context;
        }

        @Override
        public Integer call() throws Exception {
            LocalCluster cluster = context.sandboxes().start(options(), context.err()::println);
            Runnable stop = once(cluster::close);
            ShutdownHooks.Registration hook = ShutdownHooks.register("partita-sandbox-stop", stop);
            try {
                Path file = saveProfile(cluster);
                announce(cluster, file);
                context.shutdownSignal().await();
                context.err().println("Stopping the sandbox...");
            } finally {
                stop.run();
                hook.remove();
            }
            context.err().println("Sandbox stopped.");
            return Cli.OK;
        }

        private SandboxOptions options() {
            if (brokers < 1) {
                throw new ParameterException(command.commandLine(), "--brokers must be at least 1, was " + brokers);
            }
            if (keepData && dataDir == null) {
                throw new ParameterException(command.commandLine(), "--keep-data needs --data-dir DIR");
            }
            return new SandboxOptions(brokers, !noRegistry, !noDemoData, dataDir, keepData);
        }

        private Path saveProfile(LocalCluster cluster) {
            ProfileStore store = context.profileStore();
            store.save(cluster.profile());
            return store.file();
        }

        private void announce(LocalCluster cluster, Path profiles) {
            if (json) {
                Map<String, Object> ready = new LinkedHashMap<>();
                ready.put("bootstrap", cluster.bootstrapServers());
                ready.put("registry", cluster.registryUrl().orElse(null));
                ready.put("profile", cluster.profile().name());
                context.printJson(ready);
                return;
            }
            context.out().println("The local sandbox is running.");
            new TextTable("  Bootstrap servers:", cluster.bootstrapServers())
                    .row("  Schema registry:", cluster.registryUrl().orElse("none (--no-registry)"))
                    .row("  Profile:", "\"" + cluster.profile().name() + "\", saved in " + profiles)
                    .print(context.out(), "");
            context.out().println("Try: partita cluster info --profile \"" + cluster.profile().name() + "\"");
            context.out().println("Press Ctrl+C to stop it.");
            context.out().flush();
        }

        /** The hook and the normal path may both ask to stop; only the first one does. */
        private static Runnable once(Runnable action) {
            AtomicBoolean done = new AtomicBoolean();
            return () -> {
                if (done.compareAndSet(false, true)) {
                    action.run();
                }
            };
        }
    }
}

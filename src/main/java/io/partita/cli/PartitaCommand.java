package io.partita.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command; it only groups the others (running it alone is a usage error: a command is missing). */
@Command(name = "partita",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = PartitaCommand.Version.class,
        description = "Partita, a Kafka client. Without arguments it opens its window; with arguments it runs "
                + "one of these commands headless.",
        subcommands = {ProfilesCommand.class, ClusterCommand.class, SandboxCommand.class, TopicsCommand.class,
                BrokersCommand.class, ReassignCommand.class, ElectLeadersCommand.class, ConsumeCommand.class,
                CheckOrderCommand.class, SchemasCommand.class, ProduceCommand.class, GroupsCommand.class,
                AclsCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:operational error (one line on stderr saying why)", "2:usage error"})
final class PartitaCommand {

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print the stack trace when a command fails.")
    boolean verbose;

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"partita " + (version == null || version.isBlank() ? "dev" : version)};
        }
    }
}

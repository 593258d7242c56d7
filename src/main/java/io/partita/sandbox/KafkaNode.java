package io.partita.sandbox;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * One KRaft node of the sandbox and the files it runs on, in {@code node-<id>/}: {@code server.properties},
 * {@code log4j2.xml}, {@code kafka.log} (its INFO log), {@code console.log} (stdout and stderr) and {@code data/}.
 */
final class KafkaNode {

    enum Role { COMBINED, CONTROLLER, BROKER }

    /** What every Kafka child of one sandbox shares: the broker's jars, the child jar, the class archive. */
    record Launch(String kafkaClasspath, Path childJar, ClassDataArchive archive) {

        static Launch of(SandboxHome home, Path childJar, Optional<Path> cacheDir) {
            String kafka = home.kafkaDir().resolve("*").toString(); // the java launcher expands dir/* to its jars
            ClassDataArchive archive = cacheDir.map(dir -> ClassDataArchive.in(dir, "kafka",
                            ChildJvm.classpath(List.of(kafka), childJar), home.kafkaJars()))
                    .orElseGet(ClassDataArchive::disabled);
            return new Launch(kafka, childJar, archive);
        }
    }

    static final String LOG_FILE = "kafka.log";
    private static final List<String> BROKER_JVM = List.of("-Xmx512m", "-Xms128m", "-XX:+UseSerialGC",
            "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData", "-Djava.awt.headless=true");
    /** A controller of a multi-broker sandbox handles metadata only: C1 code is plenty and starts cheaper. */
    private static final List<String> CONTROLLER_JVM = List.of("-Xmx256m", "-Xms64m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-XX:-UsePerfData",
            "-Djava.awt.headless=true");

    private final int id;
    private final Role role;
    private final Path dir;
    private final Launch launch;
    private final ChildJvm jvm;
    private final SecureBroker secure;

    /**
     * @param recordsArchive whether this node records the class data archive when there is none yet
     * @param secure         the secure listeners of a combined node, or null
     */
    KafkaNode(int id, Role role, Path dir, Launch launch, boolean recordsArchive, SecureBroker secure) {
        this.id = id;
        this.secure = secure;
        this.role = role;
        this.dir = dir;
        this.launch = launch;
        List<String> options = new ArrayList<>(role == Role.CONTROLLER ? CONTROLLER_JVM : BROKER_JVM);
        options.addAll(recordsArchive ? launch.archive().recordOrUseOptions() : launch.archive().useOptions());
        this.jvm = new ChildJvm(spec(role == Role.CONTROLLER ? "controller " + id : "broker " + id, "kafka.Kafka",
                List.of(config().toString()), options, dir.resolve("console.log"), dir.resolve(LOG_FILE)),
                launch.childJar());
    }

    int id() {
        return id;
    }

    boolean isBroker() {
        return role != Role.CONTROLLER;
    }

    ChildJvm jvm() {
        return jvm;
    }

    /** Writes the node's config files; done on every start so a kept sandbox picks up newer settings. */
    void writeConfig(SandboxLayout layout) throws SandboxException {
        try {
            Files.createDirectories(dir);
            try (Writer out = Files.newBufferedWriter(config(), StandardCharsets.UTF_8)) {
                Properties properties = properties(id, role, layout, dir.resolve("data"));
                if (secure != null) {
                    secure.configure(properties);
                }
                properties.store(out, "Partita sandbox node " + id);
            }
            Files.writeString(dir.resolve("log4j2.xml"), log4jConfig(dir.resolve(LOG_FILE)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SandboxException("cannot write the config of node " + id + " in " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    boolean isFormatted() {
        return Files.exists(dir.resolve("data").resolve("meta.properties"));
    }

    /**
     * StorageTool arguments that format this node. Only the node that hosts the controller is formatted
     * {@code --standalone} (a one-voter dynamic quorum); plain brokers are not voters.
     */
    List<String> formatArgs(String clusterId) {
        return role == Role.BROKER
                ? List.of("format", "-t", clusterId, "-c", config().toString())
                : List.of("format", "--standalone", "-t", clusterId, "-c", config().toString());
    }

    static Properties properties(int id, Role role, SandboxLayout layout, Path dataDir) {
        String host = FreePorts.HOST;
        String controller = "CONTROLLER://" + host + ":" + layout.controllerPort();
        String plaintext = role == Role.CONTROLLER ? null : "PLAINTEXT://" + host + ":" + layout.brokerPort(id);
        Properties p = new Properties();
        p.setProperty("node.id", Integer.toString(id));
        p.setProperty("process.roles", switch (role) {
            case COMBINED -> "broker,controller";
            case CONTROLLER -> "controller";
            case BROKER -> "broker";
        });
        p.setProperty("controller.quorum.bootstrap.servers", host + ":" + layout.controllerPort());
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        p.setProperty("listeners", switch (role) {
            case COMBINED -> plaintext + "," + controller;
            case CONTROLLER -> controller;
            case BROKER -> plaintext;
        });
        if (plaintext != null) {
            p.setProperty("advertised.listeners", plaintext);
            p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        }
        p.setProperty("log.dirs", dataDir.toAbsolutePath().toString());
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        internalTopics(p, Math.min(3, layout.brokers()));
        if (!layout.combined()) {
            p.setProperty("replica.lag.time.max.ms", "5000"); // ISR changes show within seconds in tests
        }
        // The log cleaner zero-fills this buffer at start (128 MB by default): resident memory for nothing here.
        p.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        return p;
    }

    private static void internalTopics(Properties p, int replicationFactor) {
        String rf = Integer.toString(replicationFactor);
        String minIsr = Integer.toString(Math.min(2, replicationFactor));
        p.setProperty("offsets.topic.replication.factor", rf);
        p.setProperty("transaction.state.log.replication.factor", rf);
        p.setProperty("transaction.state.log.min.isr", minIsr);
        p.setProperty("share.coordinator.state.topic.replication.factor", rf);
        p.setProperty("share.coordinator.state.topic.min.isr", minIsr);
    }

    /** For the format tool, whose stdout already goes to a file. */
    static String log4jConsoleConfig() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Configuration status="WARN">
                  <Appenders>
                    <Console name="out" target="SYSTEM_OUT"><PatternLayout pattern="%p %m (%c)%n"/></Console>
                  </Appenders>
                  <Loggers>
                    <Root level="WARN"><AppenderRef ref="out"/></Root>
                  </Loggers>
                </Configuration>
                """;
    }

    /** INFO to a size-capped file: a kept sandbox must not grow its log without bound. */
    static String log4jConfig(Path logFile) {
        String file = xml(logFile.toAbsolutePath().toString());
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Configuration status="WARN">
                  <Appenders>
                    <RollingFile name="file" fileName="%1$s" filePattern="%1$s.%%i">
                      <PatternLayout pattern="[%%d] %%p %%m (%%c)%%n"/>
                      <SizeBasedTriggeringPolicy size="20 MB"/>
                      <DefaultRolloverStrategy max="2"/>
                    </RollingFile>
                  </Appenders>
                  <Loggers>
                    <Root level="INFO"><AppenderRef ref="file"/></Root>
                  </Loggers>
                </Configuration>
                """.formatted(file);
    }

    private ChildJvm.Spec spec(String name, String mainClass, List<String> args, List<String> jvmOptions,
                               Path consoleLog, Path logFile) {
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-Dlog4j2.configurationFile=" + dir.resolve("log4j2.xml").toAbsolutePath());
        return new ChildJvm.Spec(name, dir, options, List.of(launch.kafkaClasspath()), mainClass, args, consoleLog,
                logFile);
    }

    private Path config() {
        return dir.resolve("server.properties");
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

package io.partita;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's logging as LogSetup builds it: the file, the line format, the levels; logback finds it. */
class LogSetupTest {

    @TempDir
    Path dir;

    @Test
    void writesPartitaLogWithKafkaCutToWarnings() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // what logback's service provider does before configuring
        try {
            LogSetup.install(context, dir.toString());
            context.getLogger("io.partita.Something").info("hello {}", "there");
            context.getLogger("io.partita.Something").debug("not at INFO");
            context.getLogger("org.apache.kafka.clients.NetworkClient").info("kafka chatter");
            context.getLogger("org.apache.kafka.clients.NetworkClient").warn("kafka trouble");
            context.getLogger("com.example.Other").info("another library");

            assertThat(context.getLogger("org.apache.kafka").getLevel()).isEqualTo(Level.WARN);
        } finally {
            context.stop();
        }
        String log = Files.readString(dir.resolve("partita.log"));
        assertThat(log).contains("INFO  [", "] io.partita.Something - hello there", "kafka trouble", "another library")
                .doesNotContain("not at INFO", "kafka chatter");
        assertThat(log.lines().findFirst().orElseThrow()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d,\\d{3} .*");
    }

    @Test
    void aLogDirectoryThatCannotBeMadeFallsBackQuietly() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "x");
        Path fallback = dir.resolve("fallback");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        try {
            LogSetup.install(context, file.resolve("logs").toString(), fallback.toString());
            context.getLogger("io.partita.Something").info("still logged");
            assertThat(context.getStatusManager().getCopyOfStatusList())
                    .noneMatch(status -> status.getLevel() >= ch.qos.logback.core.status.Status.WARN);
            // Neither usable: levels set, no appender, and still no error for logback to print.
            LoggerContext nowhere = new LoggerContext();
            nowhere.setMDCAdapter(new LogbackMDCAdapter());
            LogSetup.install(nowhere, file.resolve("a").toString(), file.resolve("b").toString());
            nowhere.getLogger("io.partita.Something").info("dropped");
            assertThat(nowhere.getStatusManager().getCopyOfStatusList())
                    .noneMatch(status -> status.getLevel() >= ch.qos.logback.core.status.Status.WARN);
            assertThat(nowhere.getLogger("org.apache.kafka").getLevel()).isEqualTo(Level.WARN);
            nowhere.stop();
        } finally {
            context.stop();
        }
        assertThat(Files.readString(fallback.resolve("partita.log"))).contains("still logged");
    }

    @Test
    void logbackFindsItAndDefersToATestConfiguration() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()))
                .contains(LogSetup.class.getName());
        // The test class path has logback-test.xml: LogSetup leaves the configuration to it.
        assertThat(new LogSetup().configure(new LoggerContext()))
                .isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }
}

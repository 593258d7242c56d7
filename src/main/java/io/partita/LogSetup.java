package io.partita;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.helpers.NOPAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The app's logging, set up in code (found by logback through META-INF/services): parsing an XML configuration took
 * ≈ 0.1 s of CPU at every start. Everything goes to {@code partita.log} in {@code partita.log.dir} (the launcher sets
 * it to the config dir's logs/), rolled at 10 MB, three old files kept; nothing goes to the console, so the CLI's
 * stdout and stderr stay clean for scripts. Kafka's own logging is cut to warnings. Secrets never reach a log: Kafka
 * masks its password configs and Partita logs none.
 *
 * <p>A {@code logback-test.xml} on the class path or a {@code -Dlogback.configurationFile} wins: then logback reads
 * that file as usual.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{ISO8601} %-5level [%thread] %logger{30} - %msg%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        install(context, System.getProperty("partita.log.dir", System.getProperty("java.io.tmpdir") + "/partita-logs"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /**
     * The levels and the file appender, on {@code context}, writing into {@code dir}, or into a directory of this
     * user's under the temporary directory when {@code dir} cannot be made or written (a read-only or missing home),
     * or nowhere when neither can: logback would otherwise print its failure, stack traces and all, into the CLI's
     * output at every start.
     */
    static void install(LoggerContext context, String dir) {
        String fallback = System.getProperty("java.io.tmpdir") + "/partita-logs-" + System.getProperty("user.name");
        install(context, dir, fallback);
    }

    static void install(LoggerContext context, String dir, String fallback) {
        context.getLogger("org.apache.kafka").setLevel(Level.WARN);
        context.getLogger("io.partita").setLevel(Level.INFO);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        String usable = writable(dir) ? dir : writable(fallback) ? fallback : null;
        if (usable != null) {
            root.addAppender(fileAppender(context, usable));
        } else {
            NOPAppender<ILoggingEvent> nowhere = new NOPAppender<>();
            nowhere.setContext(context);
            nowhere.start();
            root.addAppender(nowhere);
        }
    }

    private static boolean writable(String dir) {
        try {
            Path path = Files.createDirectories(Path.of(dir));
            Path log = path.resolve("partita.log");
            return Files.isWritable(path)
                    && (!Files.exists(log) || Files.isWritable(log));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static RollingFileAppender<ILoggingEvent> fileAppender(LoggerContext context, String dir) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/partita.log");

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/partita.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf("10MB"));
        trigger.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();

        file.setEncoder(encoder);
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(trigger);
        file.start();
        return file;
    }
}

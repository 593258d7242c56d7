package io.partita.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTailTest {

    @TempDir
    Path temp;

    @Test
    void causeIsTheLastRootCauseEvenBehindManyShutdownLines() throws Exception {
        Path log = temp.resolve("kafka.log");
        String shutdown = IntStream.range(0, 2000).mapToObj(i -> "[t] INFO shutting down part " + i)
                .collect(Collectors.joining("\n"));
        Files.writeString(log, "[t] ERROR Fatal error during broker startup\n"
                + "org.apache.kafka.common.KafkaException: failed\n"
                + "Caused by: java.net.BindException: Address already in use\n"
                + "\tat sun.nio.ch.Net.bind0(Native Method)\n" + shutdown + "\n");

        assertThat(LogTail.likelyCause(log)).contains("java.net.BindException: Address already in use");
        assertThat(LogTail.lastLines(log, 2)).containsExactly("[t] INFO shutting down part 1998",
                "[t] INFO shutting down part 1999");
    }

    @Test
    void causeFallsBackToTheLastErrorLine() throws Exception {
        Path log = temp.resolve("kafka.log");
        Files.writeString(log, "[t] INFO fine\n[t] ERROR disk full\n[t] INFO stopping\n");

        assertThat(LogTail.likelyCause(log)).contains("[t] ERROR disk full");
    }

    @Test
    void missingLogHasNoCauseAndNoTail() {
        assertThat(LogTail.likelyCause(temp.resolve("none.log"))).isEmpty();
        assertThat(LogTail.describe(temp.resolve("none.log"), 10)).isEmpty();
    }
}

package io.partita.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StreamThreadsTest {

    @Test
    void aStreamThreadIsAnUnstartedDaemonAtTheLowestPriorityAndRunsItsTask() throws Exception {
        CompletableFuture<Integer> seen = new CompletableFuture<>();
        Thread thread = StreamThreads.create(() -> seen.complete(Thread.currentThread().getPriority()), "stream-test");
        assertThat(thread.getState()).isEqualTo(Thread.State.NEW);
        assertThat(thread.isDaemon()).isTrue();
        assertThat(thread.getName()).isEqualTo("stream-test");
        thread.start();
        assertThat(seen.get(10, TimeUnit.SECONDS)).isEqualTo(Thread.MIN_PRIORITY);
    }
}

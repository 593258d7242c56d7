package io.partita.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BackgroundTaskRunnerTest {

    @Test
    void workGivenAfterCloseIsDroppedWithoutThrowingAtTheCaller() throws Exception {
        BackgroundTaskRunner runner = new BackgroundTaskRunner(Runnable::run);
        CountDownLatch ran = new CountDownLatch(1);
        runner.run(() -> "before", r -> ran.countDown(), e -> { });
        assertThat(ran.await(5, TimeUnit.SECONDS)).isTrue();
        runner.close();

        AtomicInteger calls = new AtomicInteger();
        TaskHandle late = runner.run(() -> calls.incrementAndGet(), r -> calls.incrementAndGet(),
                e -> calls.incrementAndGet());
        TaskHandle schedule = runner.schedule(Duration.ZERO, Duration.ofMillis(10), () -> calls.incrementAndGet(),
                r -> calls.incrementAndGet(), e -> calls.incrementAndGet());
        Thread.sleep(100);

        assertThat(late.isCancelled()).isTrue();
        assertThat(schedule.isCancelled()).isTrue();
        assertThat(calls.get()).isZero();
    }
}

package io.partita.cli;

import io.partita.async.BackgroundTaskRunner;
import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.LagSampler;
import io.partita.model.GroupLagStats;
import io.partita.model.LagUpdate;
import io.partita.model.SeriesDetail;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code partita groups lag G [--watch] [--interval 2s] [--json]}: the group's total lag with consumption and
 * production rates and the time to catch up, one line per sample. Sampling uses the same {@link LagSampler} as
 * the live chart (two admin calls per sample); {@code --watch} runs until Ctrl+C (or {@code --count} samples).
 */
@Command(name = "lag", description = {
    "Total lag of a group, its consumption rate (committed offsets/s), production rate (end offsets/s) and the "
            + "estimated time to catch up. Rates need two samples: use --watch.",
    "JSON: one line per sample {\"time\",\"totalLag\",\"consumeRate\",\"produceRate\",\"etaSeconds\"}; etaSeconds "
            + "is null when falling behind or unknown, 0 when caught up."})
final class GroupLagCommand implements Callable<Integer> {

    private final CliContext context;

    @Mixin
    ConnectionOptions connection;

    @Parameters(paramLabel = "GROUP", description = "The group id.")
    String group;

    @Option(names = "--watch", description = "Keep sampling until Ctrl+C.")
    boolean watch;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "2s", converter = Interval.class,
            description = "Time between samples with --watch (default: ${DEFAULT-VALUE}).")
    Duration interval;

    @Option(names = "--count", paramLabel = "N", description = "With --watch: stop after N samples.")
    Integer count;

    @Option(names = "--json", description = "One JSON object per line per sample.")
    boolean json;

    GroupLagCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        return GroupsCommand.withSession(context, connection, session -> {
            session.groups().describe(group, connection.timeout()); // fails clearly when there is no such group
            LagSampler sampler = session.newLagSampler();
            sampler.watch(group, SeriesDetail.TOTAL);
            sampler.configure(interval, Duration.ofMinutes(1));
            if (!watch) {
                print(sampler.sample(connection.timeout()));
                return Cli.OK;
            }
            return watch(sampler);
        });
    }

    private Integer watch(LagSampler sampler) {
        CountDownLatch stop = new CountDownLatch(1);
        AtomicInteger printed = new AtomicInteger();
        int limit = count == null ? Integer.MAX_VALUE : Math.max(1, count);
        try (TaskRunner runner = new BackgroundTaskRunner(Runnable::run)) {
            runner.run(() -> {
                context.shutdownSignal().await();
                return null;
            }, done -> stop.countDown(), error -> stop.countDown());
            runner.schedule(Duration.ZERO, interval, () -> sampler.sample(connection.timeout()), update -> {
                if (printed.get() < limit) {
                    print(update);
                    if (printed.incrementAndGet() >= limit) {
                        stop.countDown();
                    }
                }
            }, error -> context.err().println("partita: warning: sample failed: " + ErrorHandler.describe(error)));
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Cli.OK;
    }

    private synchronized void print(LagUpdate update) {
        update.errors().forEach((g, reason) -> context.err().println("partita: warning: " + reason));
        for (GroupLagStats stats : update.stats()) {
            if (json) {
                context.printJson(GroupsJson.lag(stats));
            } else {
                context.out().println(text(stats));
                context.out().flush();
            }
        }
    }

    private static String text(GroupLagStats s) {
        return Instant.ofEpochMilli(s.timeMillis()) + "  lag " + (s.totalLag() == null ? "- (nothing committed)"
                : s.totalLag()) + "  consume " + rate(s.consumeRate()) + "  produce " + rate(s.produceRate())
                + "  catch-up " + s.catchUp().describe();
    }

    private static String rate(Double perSecond) {
        return perSecond == null ? "-" : String.format(Locale.ROOT, "%.1f/s", perSecond);
    }

    /** Like --timeout's durations, with its own message. */
    static final class Interval implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return new Converters.Timeout().convert(value);
            } catch (TypeConversionException e) {
                throw new TypeConversionException(e.getMessage().replace("the timeout", "the interval"));
            }
        }
    }
}

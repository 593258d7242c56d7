package io.partita.ui.groups;

import io.partita.async.TaskHandle;
import io.partita.async.TaskRunner;
import io.partita.kafka.LagSampler;
import io.partita.model.LagFrame;
import io.partita.model.SeriesDetail;
import java.time.Duration;
import java.util.function.Consumer;

/** The live chart fed by the session's {@link LagSampler}. */
final class SamplerLagFeed implements LagFeed {

    private final LagSampler sampler;

    SamplerLagFeed(LagSampler sampler) {
        this.sampler = sampler;
    }

    @Override
    public void watch(String group, SeriesDetail detail) {
        sampler.watch(group, detail);
    }

    @Override
    public void unwatch(String group) {
        sampler.unwatch(group);
    }

    @Override
    public void configure(Duration period, Duration window) {
        sampler.configure(period, window);
    }

    @Override
    public TaskHandle start(TaskRunner runner, Consumer<LagFrame> onFrame, Consumer<Throwable> onError) {
        return sampler.start(runner, onFrame, onError);
    }
}

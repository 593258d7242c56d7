package io.partita.ui.topics;

import io.partita.async.TaskHandle;
import io.partita.async.TaskRunner;
import io.partita.kafka.TopicAdmin;
import io.partita.model.TopicSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * One load of the topics list: the names, then the rows in batches fetched a few at a time in parallel (the admin
 * client pipelines them), and the sizes on disk alongside. Batches are handed over as they arrive, so the first rows
 * show while thousands more load. All callbacks and all state live on the UI thread.
 */
final class TopicLoad {

    /** What the load reports, always on the UI thread. */
    interface Listener {
        void names(int total);

        void rows(List<TopicSummary> batch);

        void done(List<TopicSummary> all, Map<String, Long> sizes);

        void failed(Throwable error);
    }

    private final TaskRunner runner;
    private final TopicAdmin topics;
    private final Duration timeout;
    private final int firstBatch;
    private final int batch;
    private final int parallel;
    private final List<TaskHandle> handles = new ArrayList<>();
    private final Deque<List<String>> waiting = new ArrayDeque<>();
    private final List<TopicSummary> loaded = new ArrayList<>();
    private Listener listener;
    private Map<String, Long> sizes;
    private int inFlight;
    private boolean namesKnown;
    private boolean over;

    TopicLoad(TaskRunner runner, TopicAdmin topics, Duration timeout, int firstBatch, int batch, int parallel) {
        this.runner = runner;
        this.topics = topics;
        this.timeout = timeout;
        this.firstBatch = firstBatch;
        this.batch = batch;
        this.parallel = parallel;
    }

    void start(Listener to) {
        this.listener = to;
        handles.add(runner.run(() -> topics.names(true, timeout), this::named, this::fail));
        // Sizes come from describeLogDirs, independent of the rows: fetch them at the same time.
        handles.add(runner.run(() -> topics.sizesPerTopic(timeout), bytes -> {
            sizes = bytes;
            finishIfDone();
        }, this::fail));
    }

    private void named(List<String> names) {
        if (over) {
            return;
        }
        namesKnown = true;
        listener.names(names.size());
        int from = 0;
        while (from < names.size()) {
            int to = Math.min(names.size(), from + (from == 0 ? firstBatch : batch));
            waiting.add(List.copyOf(names.subList(from, to)));
            from = to;
        }
        launch();
        finishIfDone();
    }

    private void launch() {
        while (!over && inFlight < parallel && !waiting.isEmpty()) {
            List<String> chunk = waiting.poll();
            inFlight++;
            handles.add(runner.run(() -> topics.summaries(chunk, timeout), this::arrived, this::fail));
        }
    }

    private void arrived(List<TopicSummary> rows) {
        if (over) {
            return;
        }
        inFlight--;
        loaded.addAll(rows);
        listener.rows(rows);
        launch();
        finishIfDone();
    }

    private void finishIfDone() {
        if (!over && namesKnown && sizes != null && inFlight == 0 && waiting.isEmpty()) {
            over = true;
            listener.done(List.copyOf(loaded), sizes);
        }
    }

    private void fail(Throwable e) {
        if (!over) {
            over = true;
            cancel();
            listener.failed(e);
        }
    }

    void cancel() {
        over = true;
        handles.forEach(TaskHandle::cancel);
    }
}

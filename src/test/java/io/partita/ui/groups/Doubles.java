package io.partita.ui.groups;

import io.partita.async.TaskHandle;
import io.partita.async.TaskRunner;
import io.partita.model.GroupDetail;
import io.partita.model.GroupList;
import io.partita.model.GroupSummary;
import io.partita.model.GroupType;
import io.partita.model.LagFrame;
import io.partita.model.LagHistory;
import io.partita.model.LagSample;
import io.partita.model.LagUpdate;
import io.partita.model.OffsetResetPlan;
import io.partita.model.OffsetResetSpec;
import io.partita.model.OffsetResets;
import io.partita.model.PartitionOffsets;
import io.partita.model.ResetScope;
import io.partita.model.SeriesDetail;
import io.partita.ui.common.DialogService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** In-memory stand-ins for view-model tests: a groups backend, scripted dialogs and a scripted lag feed. */
final class Doubles {

    private Doubles() {
    }

    static GroupSummary summary(String id, String state, Long lag, int members) {
        return new GroupSummary(id, GroupType.CLASSIC, state, "consumer", "range", members, null,
                List.of("orders"), lag, null);
    }

    /** Groups as given; describe answers from {@code details}; plans from {@code offsets} with the real planner. */
    static final class Backend implements GroupsBackend {
        final List<List<GroupSummary>> batches = new ArrayList<>();
        final Map<String, GroupDetail> details = new HashMap<>();
        final List<PartitionOffsets> offsets = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        boolean mutable = true;
        OffsetResetPlan executed;
        RuntimeException failure;

        @Override
        public GroupList list(Consumer<List<GroupSummary>> onBatch) {
            List<GroupSummary> all = new ArrayList<>();
            for (List<GroupSummary> batch : batches) {
                onBatch.accept(batch);
                all.addAll(batch);
            }
            return new GroupList(all, List.of());
        }

        @Override
        public GroupDetail describe(String groupId) {
            calls.add("describe " + groupId);
            return details.get(groupId);
        }

        @Override
        public OffsetResetPlan planReset(String groupId, OffsetResetSpec spec, ResetScope scope) {
            calls.add("plan " + spec.describe() + " " + scope.describe());
            GroupDetail d = details.get(groupId);
            return OffsetResets.plan(groupId, d.state(), d.members().size(), spec, scope,
                    offsets.stream().filter(p -> scope.includes(p.ref())).toList());
        }

        @Override
        public int executeReset(OffsetResetPlan plan) {
            if (failure != null) {
                throw failure;
            }
            executed = plan;
            return plan.rows().size();
        }

        @Override
        public void delete(String groupId) {
            if (failure != null) {
                throw failure;
            }
            calls.add("delete " + groupId);
        }

        @Override
        public int deleteOffsets(String groupId, String topic) {
            calls.add("delete offsets " + groupId + " " + topic);
            return 1;
        }

        @Override
        public boolean allowsMutations() {
            return mutable;
        }
    }

    /** Answers confirmations as told, picks the first topic, saves to {@code saveTo}; records what was shown. */
    static final class Dialogs implements DialogService, GroupDialogs {
        final List<String> confirmations = new ArrayList<>();
        final List<String> errors = new ArrayList<>();
        boolean answer = true;
        Path saveTo;
        OffsetResetViewModel reset;

        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            confirmations.add(message);
            return answer;
        }

        @Override
        public void showError(String title, String message) {
            errors.add(message);
        }

        @Override
        public void editProfile(io.partita.ui.profiles.ProfileEditorViewModel editor) {
            throw new AssertionError("no profile editor here");
        }

        @Override
        public void showReset(OffsetResetViewModel vm) {
            reset = vm;
        }

        @Override
        public Optional<String> chooseTopic(String title, String message, List<String> topics) {
            return topics.stream().findFirst();
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String extension) {
            return Optional.ofNullable(saveTo);
        }
    }

    /** A lag feed whose samples the test queues; a real {@link LagHistory} turns them into series and stats. */
    static final class Feed implements LagFeed {
        final LagHistory history = new LagHistory(100);
        final Deque<LagSample> samples = new ArrayDeque<>();
        Duration period;
        Duration window;
        int starts;
        RuntimeException failure;

        @Override
        public void watch(String group, SeriesDetail detail) {
            history.watch(group, detail);
        }

        @Override
        public void unwatch(String group) {
            history.unwatch(group);
        }

        @Override
        public void configure(Duration period, Duration window) {
            this.period = period;
            this.window = window;
            history.resize(LagHistory.capacityFor(window, period));
        }

        @Override
        public TaskHandle start(TaskRunner runner, Consumer<LagFrame> onFrame, Consumer<Throwable> onError) {
            starts++;
            return runner.schedule(Duration.ZERO, period, this::next, onFrame, onError);
        }

        private LagFrame next() {
            if (failure != null) {
                throw failure;
            }
            LagSample sample = samples.poll();
            if (sample == null) {
                throw new IllegalStateException("no sample queued");
            }
            return new LagFrame(new LagUpdate(sample.timeMillis(), history.add(sample), Map.of()), history.series());
        }
    }
}

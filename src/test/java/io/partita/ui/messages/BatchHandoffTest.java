package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.HeldTaskRunner;
import io.partita.model.DecodedMessage;
import io.partita.model.ReadProgress;
import io.partita.model.ReadRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BatchHandoffTest {

    private final HeldTaskRunner runner = new HeldTaskRunner();
    private final List<BatchHandoff.Delivery> delivered = new ArrayList<>();

    private static List<DecodedMessage> records(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> Messages.json(0, i, Map.of("n", i))).toList();
    }

    private static RowBudget rows(int rows) {
        return new RowBudget(rows, Long.MAX_VALUE);
    }

    private static ReadProgress progress(long read, boolean finished) {
        return new ReadProgress("t", List.of(), read, 0, 0, finished, List.of());
    }

    private List<Long> offsets() {
        return delivered.stream().flatMap(d -> d.rows().stream()).map(MessageRow::offset).toList();
    }

    @Test
    void theFirstRowsComeAFewPerDeliveryThenTheRestAtOnceInOrderAndFinishedOnlyAtTheEnd() {
        BatchHandoff handoff = new BatchHandoff(runner, rows(1000), ReadRequest.wholeTopic("t"), delivered::add);
        handoff.onBatch(records(0, 100), progress(100, false));
        handoff.onFinished(progress(100, true), null);
        runner.release();

        List<Integer> sizes = delivered.stream().map(d -> d.rows().size()).toList();
        int small = BatchHandoff.TRICKLE_ROWS / BatchHandoff.TRICKLE_STEP;
        assertThat(sizes.subList(0, small)).containsOnly(BatchHandoff.TRICKLE_STEP);
        assertThat(sizes.subList(small, sizes.size())).containsExactly(100 - BatchHandoff.TRICKLE_ROWS);
        assertThat(offsets()).containsExactlyElementsOf(LongStream.range(0, 100).boxed().toList());
        assertThat(delivered.stream().map(BatchHandoff.Delivery::finished).toList())
                .containsExactlyElementsOf(IntStream.range(0, sizes.size()).mapToObj(i -> i == sizes.size() - 1)
                        .toList());
    }

    @Test
    void aBurstAfterAFewSlowRowsStillComesAFewAtATime() {
        BatchHandoff handoff = new BatchHandoff(runner, rows(1000), ReadRequest.wholeTopic("t"), delivered::add);
        handoff.onBatch(records(0, 2), progress(2, false));
        runner.release();
        handoff.onBatch(records(2, 60), progress(60, false));
        runner.release();

        List<Integer> sizes = delivered.stream().map(d -> d.rows().size()).toList();
        assertThat(sizes.get(0)).isEqualTo(2);
        assertThat(sizes.get(1)).isEqualTo(BatchHandoff.TRICKLE_STEP);
        assertThat(offsets()).containsExactlyElementsOf(LongStream.range(0, 60).boxed().toList());
    }

    @Test
    void aFewRowsComeInOneDeliveryAndDroppedRecordsAreCountedOnce() {
        BatchHandoff few = new BatchHandoff(runner, rows(1000), ReadRequest.wholeTopic("t"), delivered::add);
        few.onBatch(records(0, 2), progress(2, false));
        runner.release();
        assertThat(delivered).singleElement().satisfies(d -> assertThat(d.rows()).hasSize(2));

        delivered.clear();
        BatchHandoff capped = new BatchHandoff(runner, rows(10), ReadRequest.wholeTopic("t"), delivered::add);
        capped.onBatch(records(0, 30), progress(30, false));
        runner.release();

        assertThat(delivered.stream().mapToLong(BatchHandoff.Delivery::dropped).sum()).isEqualTo(20);
        assertThat(offsets()).containsExactlyElementsOf(LongStream.range(20, 30).boxed().toList());
        assertThat(Collections.max(delivered.stream().map(d -> d.rows().size()).toList()))
                .isLessThanOrEqualTo(BatchHandoff.TRICKLE_STEP);
    }

    @Test
    void theDeliveryThatReachesTheCapStopsThereAndTheFrontIsDroppedWithTheNext() {
        BatchHandoff handoff = new BatchHandoff(runner, rows(200), ReadRequest.wholeTopic("t"), delivered::add);
        handoff.onBatch(records(0, 100), progress(100, false));
        runner.release();
        int before = delivered.size();
        assertThat(offsets()).hasSize(100);
        handoff.onBatch(records(100, 250), progress(250, false));
        handoff.onFinished(progress(250, true), null);
        runner.release();

        List<BatchHandoff.Delivery> after = delivered.subList(before, delivered.size());
        assertThat(after).hasSize(2);
        assertThat(after.get(0).rows()).hasSize(100).first().satisfies(r -> assertThat(r.offset()).isEqualTo(100));
        assertThat(after.get(0).finished()).isFalse();
        assertThat(after.get(1).rows()).hasSize(50);
        assertThat(after.get(1).finished()).isTrue();
        assertThat(offsets()).containsExactlyElementsOf(LongStream.range(0, 250).boxed().toList());
    }

    @Test
    void whatWaitsIsKeptUnderTheMemoryBudgetWithTheNewestRecordAlways() {
        BatchHandoff handoff = new BatchHandoff(runner, new RowBudget(1000, 50_000), ReadRequest.wholeTopic("t"),
                delivered::add);
        List<DecodedMessage> large = IntStream.range(0, 40).mapToObj(i -> Messages.text(i, "x".repeat(10_000)))
                .toList();
        handoff.onBatch(large.subList(0, 20), progress(20, false));
        handoff.onBatch(large.subList(20, 40), progress(40, false));
        handoff.onBatch(List.of(Messages.text(40, "y".repeat(80_000))), progress(41, false));
        handoff.onFinished(progress(41, true), null);
        runner.release();

        // Each batch could keep its newest five; the last record alone is over the budget and still comes.
        assertThat(offsets()).containsExactly(40L);
        assertThat(delivered.stream().mapToLong(BatchHandoff.Delivery::dropped).sum()).isEqualTo(40);
    }
}

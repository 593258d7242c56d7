package io.partita.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.model.GroupDetail;
import io.partita.model.GroupMember;
import io.partita.model.GroupType;
import io.partita.model.OffsetResetRow;
import io.partita.model.PartitionLag;
import io.partita.model.PartitionOffsets;
import io.partita.model.PartitionRef;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffsetResetViewModelTest {

    private final Doubles.Backend backend = new Doubles.Backend();
    private final Doubles.Dialogs dialogs = new Doubles.Dialogs();
    private int executedCallbacks;

    private OffsetResetViewModel open(int members) {
        List<GroupMember> m = members == 0 ? List.of()
                : List.of(new GroupMember("m", null, "c", "/h", List.of(new PartitionRef("orders", 0))));
        GroupDetail d = new GroupDetail("g", GroupType.CLASSIC, members == 0 ? "Empty" : "Stable", "consumer", "",
                null, m, List.of(PartitionLag.of(new PartitionRef("orders", 0), 50L, 100L, null),
                        PartitionLag.of(new PartitionRef("orders", 1), null, 20L, null),
                        PartitionLag.of(new PartitionRef("audit", 0), 1L, 1L, null)));
        backend.details.put("g", d);
        backend.offsets.add(new PartitionOffsets(new PartitionRef("orders", 0), 50L, 10, 100, null));
        backend.offsets.add(new PartitionOffsets(new PartitionRef("orders", 1), null, 0, 20, null));
        backend.offsets.add(new PartitionOffsets(new PartitionRef("audit", 0), 1L, 0, 1, null));
        return new OffsetResetViewModel(new DirectTaskRunner(), backend, dialogs, d, () -> executedCallbacks++,
                ZoneOffset.UTC);
    }

    @Test
    void aValueThatIsNotANumberDisablesTheDryRunAndSaysWhy() {
        OffsetResetViewModel vm = open(0);
        vm.modeProperty().set(ResetMode.OFFSET);
        vm.valueProperty().set("ten");

        assertThat(vm.previewCommand().executableProperty().get()).isFalse();
        assertThat(vm.inputErrorProperty().get()).contains("'ten' is not an offset");
    }

    @Test
    void dryRunShowsCurrentToNewAndTheResultingLag() {
        OffsetResetViewModel vm = open(0);

        vm.previewCommand().execute();

        assertThat(vm.rows()).extracting(OffsetResetRow::newOffset).containsExactly(0L, 10L, 0L);
        assertThat(vm.planSummaryProperty().get()).contains("3 partitions (3 would change)").contains("total lag 50 → 111");
        assertThat(vm.executeCommand().executableProperty().get()).isTrue();
    }

    @Test
    void anyEditDiscardsThePlanSoExecuteNeverCommitsSomethingUnseen() {
        OffsetResetViewModel vm = open(0);
        vm.previewCommand().execute();

        vm.modeProperty().set(ResetMode.LATEST);

        assertThat(vm.planProperty().get()).isNull();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.executeCommand().executableProperty().get()).isFalse();
    }

    @Test
    void chosenTopicsAndPartitionsBecomeTheScope() {
        OffsetResetViewModel vm = open(0);
        vm.allTopicsProperty().set(false);
        vm.topics().stream().filter(t -> t.topic().equals("audit")).forEach(t -> t.selectedProperty().set(false));
        vm.topics().stream().filter(t -> t.topic().equals("orders")).forEach(t -> t.partitionsProperty().set("1"));

        vm.previewCommand().execute();

        assertThat(backend.calls).contains("plan to earliest orders:1");
        assertThat(vm.rows()).extracting(OffsetResetRow::ref).containsExactly(new PartitionRef("orders", 1));
    }

    @Test
    void noTopicChosenIsAnInputError() {
        OffsetResetViewModel vm = open(0);
        vm.allTopicsProperty().set(false);
        vm.topics().forEach(t -> t.selectedProperty().set(false));
        assertThat(vm.inputErrorProperty().get()).isEqualTo("choose at least one topic");
    }

    @Test
    void shiftSkipsPartitionsWithoutCommitsAndSaysSo() {
        OffsetResetViewModel vm = open(0);
        vm.modeProperty().set(ResetMode.SHIFT);
        vm.valueProperty().set("+5");

        vm.previewCommand().execute();

        assertThat(vm.rows()).extracting(OffsetResetRow::newOffset).containsExactly(1L, 55L);
        assertThat(vm.planSummaryProperty().get()).contains("left alone").contains("orders-1");
    }

    @Test
    void timestampsAreReadInTheGivenZone() {
        OffsetResetViewModel vm = open(0);
        vm.modeProperty().set(ResetMode.DATETIME);
        vm.valueProperty().set("2024-06-01T12:00");

        vm.previewCommand().execute();

        assertThat(backend.calls).contains("plan to 2024-06-01T12:00:00Z all topics with committed offsets");
    }

    @Test
    void executeCommitsExactlyThePlanShownAfterConfirming() {
        OffsetResetViewModel vm = open(0);
        vm.previewCommand().execute();
        var shown = vm.planProperty().get();

        vm.executeCommand().execute();

        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(backend.executed).isSameAs(shown);
        assertThat(vm.resultProperty().get()).isEqualTo("Committed new offsets on 3 partitions.");
        assertThat(executedCallbacks).isEqualTo(1);
    }

    @Test
    void activeMembersAllowADryRunButNotExecute() {
        OffsetResetViewModel vm = open(1);
        assertThat(vm.warningProperty().get()).contains("1 active member").contains("stop its consumers");

        vm.previewCommand().execute();

        assertThat(vm.rows()).isNotEmpty();
        assertThat(vm.executeCommand().executableProperty().get()).isFalse();
    }

    @Test
    void readOnlyProfilesMayOnlyDryRun() {
        backend.mutable = false;
        OffsetResetViewModel vm = open(0);
        vm.previewCommand().execute();
        assertThat(vm.warningProperty().get()).startsWith("Read-only profile");
        assertThat(vm.executeCommand().executableProperty().get()).isFalse();
    }

    @Test
    void aRefusalFromTheClusterIsShown() {
        OffsetResetViewModel vm = open(0);
        vm.previewCommand().execute();
        backend.failure = new IllegalStateException("group g has 1 active member");

        vm.executeCommand().execute();

        assertThat(vm.errorProperty().get()).isEqualTo("Reset refused: group g has 1 active member");
        assertThat(executedCallbacks).isZero();
    }
}

package io.partita.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.model.GroupDetail;
import io.partita.model.GroupMember;
import io.partita.model.GroupType;
import io.partita.model.PartitionLag;
import io.partita.model.PartitionRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupDetailViewModelTest {

    private final Doubles.Backend backend = new Doubles.Backend();
    private final Doubles.Dialogs dialogs = new Doubles.Dialogs();
    private final List<String> changed = new ArrayList<>();
    private final List<String> deleted = new ArrayList<>();
    private final GroupDetailViewModel vm = new GroupDetailViewModel(new DirectTaskRunner(), backend, dialogs,
            dialogs, new GroupDetailViewModel.Hooks(g -> { }, changed::add, deleted::add));

    private static GroupDetail group(String id, int members) {
        List<GroupMember> m = new ArrayList<>();
        for (int i = 0; i < members; i++) {
            m.add(new GroupMember("m" + i, null, "client-" + i, "/10.0.0." + i,
                    List.of(new PartitionRef("orders", i))));
        }
        return new GroupDetail(id, GroupType.CONSUMER, members == 0 ? "Empty" : "Stable", "consumer", "uniform",
                null, m, List.of(PartitionLag.of(new PartitionRef("orders", 0), 5L, 9L, m.isEmpty() ? null : m.get(0)),
                        PartitionLag.of(new PartitionRef("orders", 1), null, 3L, null)));
    }

    @Test
    void showsTotalsMembersAndOwners() {
        backend.details.put("g", group("g", 1));

        vm.show("g");

        assertThat(vm.totalLagProperty().get()).isEqualTo("4");
        assertThat(vm.members()).hasSize(1);
        assertThat(vm.partitions().get(0).clientId()).isEqualTo("client-0");
        assertThat(vm.partitions().get(1).lag()).isNull();
        assertThat(vm.summaryProperty().get()).isEqualTo("consumer · Stable · uniform · 1 member · coordinator —");
    }

    @Test
    void deleteIsNotOfferedWhileTheGroupHasMembers() {
        backend.details.put("g", group("g", 2));
        vm.show("g");
        assertThat(vm.deleteCommand().executableProperty().get()).isFalse();
        assertThat(vm.deleteOffsetsCommand().executableProperty().get()).isTrue();
    }

    @Test
    void deleteAsksFirstAndDoesNothingWhenDeclined() {
        backend.details.put("g", group("g", 0));
        vm.show("g");
        dialogs.answer = false;

        vm.deleteCommand().execute();

        assertThat(dialogs.confirmations).singleElement().asString().contains("cannot be undone");
        assertThat(backend.calls).doesNotContain("delete g");
        assertThat(deleted).isEmpty();
    }

    @Test
    void confirmedDeleteTellsTheList() {
        backend.details.put("g", group("g", 0));
        vm.show("g");

        vm.deleteCommand().execute();

        assertThat(backend.calls).contains("delete g");
        assertThat(deleted).containsExactly("g");
        assertThat(vm.groupIdProperty().get()).isNull();
    }

    @Test
    void readOnlyProfilesGetNoMutatingCommands() {
        backend.mutable = false;
        backend.details.put("g", group("g", 0));
        GroupDetailViewModel readOnly = new GroupDetailViewModel(new DirectTaskRunner(), backend, dialogs, dialogs,
                new GroupDetailViewModel.Hooks(g -> { }, g -> { }, g -> { }));
        readOnly.show("g");
        assertThat(readOnly.deleteCommand().executableProperty().get()).isFalse();
        assertThat(readOnly.deleteOffsetsCommand().executableProperty().get()).isFalse();
        assertThat(readOnly.resetCommand().executableProperty().get()).isTrue(); // a dry run reads only
    }

    @Test
    void deleteOffsetsPicksATopicConfirmsAndReloads() {
        backend.details.put("g", group("g", 0));
        vm.show("g");

        vm.deleteOffsetsCommand().execute();

        assertThat(backend.calls).containsSubsequence("describe g", "delete offsets g orders", "describe g");
        assertThat(changed).containsExactly("g");
    }

    @Test
    void aFailedMutationIsShownNotThrown() {
        backend.details.put("g", group("g", 0));
        vm.show("g");
        backend.failure = new IllegalStateException("the broker said no");

        vm.deleteCommand().execute();

        assertThat(vm.errorProperty().get()).contains("the broker said no");
        assertThat(dialogs.errors).containsExactly("the broker said no");
        assertThat(deleted).isEmpty();
    }

    @Test
    void resetOpensTheDialogForTheShownGroup() {
        backend.details.put("g", group("g", 0));
        vm.show("g");

        vm.resetCommand().execute();

        assertThat(dialogs.reset).isNotNull();
        assertThat(dialogs.reset.groupId()).isEqualTo("g");
        assertThat(dialogs.reset.topics()).extracting(TopicChoice::topic).containsExactly("orders");
    }
}

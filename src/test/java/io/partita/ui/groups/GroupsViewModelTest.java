package io.partita.ui.groups;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.model.GroupDetail;
import io.partita.model.GroupType;
import io.partita.model.PartitionLag;
import io.partita.model.PartitionRef;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroupsViewModelTest {

    private final Doubles.Backend backend = new Doubles.Backend();
    private final Doubles.Dialogs dialogs = new Doubles.Dialogs();
    private final GroupsViewModel vm = new GroupsViewModel(new DirectTaskRunner(), backend, dialogs, dialogs,
            new Doubles.Feed(), Clock.systemUTC());

    private void threeGroups() {
        backend.batches.add(List.of(Doubles.summary("billing", "Stable", 1_200L, 2),
                Doubles.summary("audit", "Empty", null, 0)));
        backend.batches.add(List.of(Doubles.summary("search", "Empty", 0L, 0)));
    }

    @Test
    void everyBatchEndsUpInTheListAndTheStatusCountsGroupsAndMembers() {
        threeGroups();

        vm.refresh();

        assertThat(vm.groups()).extracting(g -> g.groupId()).containsExactly("billing", "audit", "search");
        assertThat(vm.statusProperty().get()).startsWith("3 groups · 2 members · loaded in");
        assertThat(vm.states()).containsExactly(GroupsViewModel.ALL_STATES, "Empty", "Stable");
        assertThat(vm.chart().suggestions()).containsExactly("billing", "audit", "search");
    }

    @Test
    void filterMatchesGroupIdsAndTopicsIgnoringCase() {
        threeGroups();
        vm.refresh();

        vm.filterProperty().set("BILL");
        assertThat(vm.filteredGroups()).extracting(g -> g.groupId()).containsExactly("billing");
        vm.filterProperty().set("orders");
        assertThat(vm.filteredGroups()).hasSize(3);
    }

    @Test
    void stateFilterAndLagOnlyNarrowTheList() {
        threeGroups();
        vm.refresh();

        vm.stateFilterProperty().set("Empty");
        assertThat(vm.filteredGroups()).extracting(g -> g.groupId()).containsExactly("audit", "search");
        vm.stateFilterProperty().set(GroupsViewModel.ALL_STATES);
        vm.lagOnlyProperty().set(true);
        assertThat(vm.filteredGroups()).extracting(g -> g.groupId()).containsExactly("billing");
    }

    @Test
    void selectingAGroupShowsItsDetailWithAbsentLagAsADash() {
        threeGroups();
        backend.details.put("audit", new GroupDetail("audit", GroupType.CLASSIC, "Empty", "", "", null, List.of(),
                List.of(PartitionLag.of(new PartitionRef("orders", 0), null, 40L, null))));
        vm.refresh();

        vm.selectedProperty().set(vm.groups().get(1));

        assertThat(vm.detail().groupIdProperty().get()).isEqualTo("audit");
        assertThat(vm.detail().partitions()).hasSize(1);
        assertThat(vm.detail().totalLagProperty().get()).isEqualTo("—");
        assertThat(vm.detail().summaryProperty().get()).startsWith("classic · Empty · 0 members");
    }

    @Test
    void chartingTheSelectedGroupAddsItAndTurnsToTheChart() {
        threeGroups();
        backend.details.put("billing", new GroupDetail("billing", GroupType.CLASSIC, "Stable", "consumer", "range",
                null, List.of(), List.of()));
        vm.refresh();
        vm.selectedProperty().set(vm.groups().get(0));

        vm.detail().chartCommand().execute();

        assertThat(vm.pageProperty().get()).isEqualTo(GroupsViewModel.Page.CHART);
        assertThat(vm.chart().rows()).extracting(LagStatsRow::group).containsExactly("billing");
    }

    @Test
    void deletingTheSelectedGroupRemovesItsRow() {
        threeGroups();
        backend.details.put("audit", new GroupDetail("audit", GroupType.CLASSIC, "Empty", "", "", null, List.of(),
                List.of()));
        vm.refresh();
        vm.selectedProperty().set(vm.groups().get(1));

        vm.detail().deleteCommand().execute();

        assertThat(backend.calls).contains("delete audit");
        assertThat(vm.groups()).extracting(g -> g.groupId()).containsExactly("billing", "search");
        assertThat(vm.selectedProperty().get()).isNull();
    }
}

package io.partita.ui.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.NewTopic;
import io.partita.model.TopicSummary;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The topics list view model on the shared sandbox, with a direct runner: no FX toolkit. */
@ExtendWith(SandboxExtension.class)
class TopicsViewModelTest {

    private static final Duration T = Duration.ofSeconds(20);
    private static ClusterSession session;
    private static String prefix;

    @BeforeAll
    static void topics(Sandbox sandbox) {
        session = ClusterSession.open(sandbox.profile(), Credentials.none());
        prefix = "vm-" + UUID.randomUUID().toString().substring(0, 6);
        for (String name : List.of(prefix + ".orders", prefix + ".payments", prefix + "_audit")) {
            session.topicMutations().create(new NewTopic(name, 2, (short) 1, Map.of()), T);
        }
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private final ScriptedTopicDialogs dialogs = new ScriptedTopicDialogs();

    private TopicsViewModel loaded(ClusterSession s) {
        TopicsViewModel vm = new TopicsViewModel(new DirectTaskRunner(), s, dialogs, dialogs, dialogs);
        vm.refreshCommand().execute();
        return vm;
    }

    private static List<String> names(List<TopicSummary> rows) {
        return rows.stream().map(TopicSummary::name).toList();
    }

    @Test
    void afterTheRowsEachTopicKnowsItsConsumerGroupsAndTheirWorstLag() {
        TopicsViewModel vm = loaded(session);

        io.partita.model.TopicGroupLag orders = vm.groupLagProperty().get().get("demo.orders");
        assertThat(orders).as("demo.consumers committed on part of demo.orders").isNotNull();
        assertThat(orders.groups()).contains("demo.consumers");
        assertThat(orders.maxLag()).isPositive();
        io.partita.model.TopicGroupLag unread = vm.groupLagProperty().get().get(prefix + ".orders");
        assertThat(unread.groups()).isEmpty();
        assertThat(unread.maxLag()).as("absent, not zero, when no group committed").isNull();
    }

    @Test
    void rowsArriveInSeveralBatchesBeforeTheSizes() {
        TopicsViewModel vm = new TopicsViewModel(new DirectTaskRunner(), session, dialogs, dialogs, dialogs);
        vm.batchSizes(1, 2);
        List<Integer> addedPerChange = new ArrayList<>();
        vm.topics().addListener((ListChangeListener<TopicSummary>) c -> {
            while (c.next()) {
                if (c.wasAdded() && !c.wasReplaced()) {
                    addedPerChange.add(c.getAddedSize());
                }
            }
        });

        vm.refreshCommand().execute();

        assertThat(addedPerChange.size()).isGreaterThanOrEqualTo(3);
        assertThat(addedPerChange).allMatch(n -> n <= 2);
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(names(vm.topics())).contains(prefix + ".orders", prefix + ".payments", prefix + "_audit");
        assertThat(vm.topics()).filteredOn(t -> t.name().startsWith(prefix)).allMatch(t -> t.sizeBytes() != null);
    }

    @Test
    void filterMatchesSubstringsIgnoringCase() {
        TopicsViewModel vm = loaded(session);

        vm.filterTextProperty().set(prefix.toUpperCase() + ".ORD");

        assertThat(names(vm.topics())).containsExactly(prefix + ".orders");
        assertThat(vm.summaryProperty().get()).startsWith("1 of ");
    }

    @Test
    void regexFilterFindsAPatternAnywhereInTheName() {
        TopicsViewModel vm = loaded(session);
        vm.regexProperty().set(true);

        vm.filterTextProperty().set(prefix + "\\.(orders|payments)$");

        assertThat(names(vm.topics())).containsExactlyInAnyOrder(prefix + ".orders", prefix + ".payments");
    }

    @Test
    void invalidRegexIsReportedAndKeepsTheLastGoodFilter() {
        TopicsViewModel vm = loaded(session);
        vm.regexProperty().set(true);
        vm.filterTextProperty().set(prefix + "_");

        vm.filterTextProperty().set(prefix + "_(");

        assertThat(vm.filterErrorProperty().get()).contains("not a valid regular expression");
        assertThat(names(vm.topics())).containsExactly(prefix + "_audit");
    }

    @Test
    void internalTopicsAreHiddenUntilAskedFor() {
        TopicsViewModel vm = loaded(session);
        assertThat(vm.topics()).noneMatch(TopicSummary::internal);

        vm.showInternalProperty().set(true);

        assertThat(names(vm.topics())).contains("__consumer_offsets");
    }

    @Test
    void deleteNeedsTheTypedNameThenRemovesTheRow() {
        String doomed = prefix + "-doomed";
        session.topicMutations().create(new NewTopic(doomed, 1, (short) 1, Map.of()), T);
        TopicsViewModel vm = loaded(session);
        vm.selectedTopicProperty().set(doomed);

        dialogs.typedName = "wrong";
        vm.deleteCommand().execute();
        assertThat(names(vm.loadedTopics())).contains(doomed);

        dialogs.typedName = doomed;
        vm.deleteCommand().execute();
        assertThat(names(vm.loadedTopics())).doesNotContain(doomed);
        assertThat(vm.selectedTopicProperty().get()).isNull();
        assertThat(session.topics().names(false, T)).doesNotContain(doomed);
    }

    @Test
    void selectingATopicOpensItsPartitionsAndConfigs() {
        TopicsViewModel vm = loaded(session);

        vm.selectedTopicProperty().set(prefix + ".orders");

        TopicDetailViewModel detail = vm.detailProperty().get();
        assertThat(detail.partitions()).hasSize(2);
        assertThat(detail.configs().configs()).anyMatch(c -> c.name().equals("retention.ms"));
        assertThat(detail.underReplicatedProperty().get()).isZero();
    }

    @Test
    void readOnlyProfileOffersNoMutatingCommand(Sandbox sandbox) {
        ClusterProfile p = sandbox.profile();
        ClusterProfile readOnly = new ClusterProfile(p.name(), p.bootstrapServers(), p.security(),
                p.clientProperties(), p.registry(), true, p.color());
        try (ClusterSession ro = ClusterSession.open(readOnly, Credentials.none())) {
            TopicsViewModel vm = loaded(ro);
            vm.selectedTopicProperty().set(prefix + ".orders");
            TopicDetailViewModel detail = vm.detailProperty().get();
            detail.selectedPartitions().setAll(detail.partitions());
            detail.configs().selectedProperty().set(detail.configs().configs().get(0));

            assertThat(vm.createCommand().executableProperty().get()).isFalse();
            assertThat(vm.deleteCommand().executableProperty().get()).isFalse();
            assertThat(List.of(detail.electAllCommand(), detail.electSelectedCommand(), detail.addPartitionsCommand(),
                    detail.deleteRecordsCommand(), detail.emptyCommand(), detail.reassignCommand(),
                    detail.configs().editCommand(), detail.configs().resetCommand()))
                    .allMatch(c -> !c.executableProperty().get());
            assertThat(vm.refreshCommand().executableProperty().get()).isTrue();
            assertThat(detail.partitions()).isNotEmpty();
        }
    }
}

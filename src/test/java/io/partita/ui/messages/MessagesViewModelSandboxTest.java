package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.MessageTopics;
import io.partita.model.Credentials;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tab's view model reading the real sandbox: Avro rows, the row cap and the memory budget honoured. */
@ExtendWith(SandboxExtension.class)
class MessagesViewModelSandboxTest {

    /** Reads {@code topic} from the beginning to its end with the view model {@code setup} made, and says it ended. */
    private static MessagesViewModel readFromTheBeginning(ClusterSession session, String topic,
                                                          Consumer<MessagesViewModel> setup) throws Exception {
        MessagesViewModel vm = new MessagesViewModel(new DirectTaskRunner(), MessageSource.of(session),
                ZoneOffset.UTC, text -> { });
        setup.accept(vm);
        vm.settings().topicProperty().set(topic);
        vm.settings().startProperty().set(BrowseSettings.Start.BEGINNING);
        vm.startCommand().execute();
        long end = System.nanoTime() + 30_000_000_000L;
        while (vm.runningProperty().get() && System.nanoTime() < end) {
            Thread.sleep(50);
        }
        assertThat(vm.runningProperty().get()).as("the read ended").isFalse();
        assertThat(vm.errorProperty().get()).isEmpty();
        return vm;
    }

    @Test
    void readingDemoOrdersFromTheBeginningKeepsOnlyTheCappedNewestRows(Sandbox sandbox) throws Exception {
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            MessagesViewModel vm = readFromTheBeginning(session, "demo.orders", v -> v.capProperty().set(50));

            assertThat(vm.readProperty().get()).isEqualTo(600);
            assertThat(vm.rows()).hasSize(50);
            assertThat(vm.droppedProperty().get()).isEqualTo(550);
            assertThat(vm.rows()).allSatisfy(row -> {
                assertThat(row.schemaText()).contains("demo.orders-value");
                assertThat(row.valuePreview()).startsWith("{\"orderId\":\"");
            });
        }
    }

    @Test
    void aTopicOfLargeRecordsIsReadWithTheTableUnderItsMemoryBudget(Sandbox sandbox) throws Exception {
        String topic = MessageTopics.unique("large");
        MessageTopics.create(sandbox.bootstrapServers(), topic, 1);
        List<MessageTopics.Out> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] value = (i + ":" + "x".repeat(900_000)).getBytes(StandardCharsets.UTF_8);
            records.add(new MessageTopics.Out(0, null, value, null));
        }
        MessageTopics.produce(sandbox.bootstrapServers(), topic, records);
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            MessagesViewModel vm = readFromTheBeginning(session, topic, v -> v.byteBudget(10_000_000));

            assertThat(vm.readProperty().get()).isEqualTo(40);
            // 900 KB values under a 10 MB budget: the newest 11, far under the row cap.
            assertThat(vm.rows()).hasSize(11);
            assertThat(vm.rows().get(10).offset()).isEqualTo(39);
            assertThat(vm.rows().get(10).message().value()).isEqualTo(records.get(39).value());
            assertThat(vm.rows().get(10).valuePreview()).startsWith("39:xxx").endsWith("…");
            assertThat(vm.droppedProperty().get()).isEqualTo(29);
            assertThat(vm.statusProperty().get()).contains("29 older rows dropped (cap 100,000 rows, 9.54 MiB)");
        }
    }
}

package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.Credentials;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tab's view model reading the real demo.orders: Avro rows, the cap honoured. */
@ExtendWith(SandboxExtension.class)
class MessagesViewModelSandboxTest {

    @Test
    void readingDemoOrdersFromTheBeginningKeepsOnlyTheCappedNewestRows(Sandbox sandbox) throws Exception {
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            MessagesViewModel vm = new MessagesViewModel(new DirectTaskRunner(), MessageSource.of(session),
                    ZoneOffset.UTC, text -> { });
            vm.capProperty().set(50);
            vm.settings().topicProperty().set("demo.orders");
            vm.settings().startProperty().set(BrowseSettings.Start.BEGINNING);
            vm.startCommand().execute();
            long end = System.nanoTime() + 30_000_000_000L;
            while (vm.runningProperty().get() && System.nanoTime() < end) {
                Thread.sleep(50);
            }

            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.readProperty().get()).isEqualTo(600);
            assertThat(vm.rows()).hasSize(50);
            assertThat(vm.droppedProperty().get()).isEqualTo(550);
            assertThat(vm.rows()).allSatisfy(row -> {
                assertThat(row.schemaText()).contains("demo.orders-value");
                assertThat(row.valuePreview()).startsWith("{\"orderId\":\"");
            });
            assertThat(vm.errorProperty().get()).isEmpty();
        }
    }

    @Test
    void aTopicOfLargeRecordsIsReadWithTheTableUnderItsMemoryBudget(Sandbox sandbox) throws Exception {
        String topic = io.partita.kafka.MessageTopics.unique("large");
        io.partita.kafka.MessageTopics.create(sandbox.bootstrapServers(), topic, 1);
        List<io.partita.kafka.MessageTopics.Out> records = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            byte[] value = (i + ":" + "x".repeat(900_000)).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            records.add(new io.partita.kafka.MessageTopics.Out(0, null, value, null));
        }
        io.partita.kafka.MessageTopics.produce(sandbox.bootstrapServers(), topic, records);
        try (ClusterSession session = ClusterSession.open(sandbox.profile(), Credentials.none())) {
            MessagesViewModel vm = new MessagesViewModel(new DirectTaskRunner(), MessageSource.of(session),
                    ZoneOffset.UTC, text -> { });
            vm.byteBudget(10_000_000);
            vm.settings().topicProperty().set(topic);
            vm.settings().startProperty().set(BrowseSettings.Start.BEGINNING);
            vm.startCommand().execute();
            long end = System.nanoTime() + 30_000_000_000L;
            while (vm.runningProperty().get() && System.nanoTime() < end) {
                Thread.sleep(50);
            }

            assertThat(vm.runningProperty().get()).isFalse();
            assertThat(vm.readProperty().get()).isEqualTo(40);
            // 900 KB values under a 10 MB budget: the newest 11, far under the row cap.
            assertThat(vm.rows()).hasSize(11);
            assertThat(vm.rows().get(10).offset()).isEqualTo(39);
            assertThat(vm.rows().get(10).message().value()).isEqualTo(records.get(39).value());
            assertThat(vm.rows().get(10).valuePreview()).startsWith("39:xxx").endsWith("…");
            assertThat(vm.droppedProperty().get()).isEqualTo(29);
            assertThat(vm.statusProperty().get()).contains("29 older rows dropped (cap 100,000 rows, 9.54 MiB)");
            assertThat(vm.errorProperty().get()).isEmpty();
        }
    }
}

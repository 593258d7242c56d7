package io.partita.ui.messages;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.Credentials;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.time.ZoneOffset;
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
}

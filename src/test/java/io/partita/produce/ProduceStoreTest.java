package io.partita.produce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.BulkOptions;
import io.partita.model.HeaderDraft;
import io.partita.model.PayloadDraft;
import io.partita.model.ProduceTemplate;
import io.partita.model.RecentSend;
import io.partita.model.RecordDraft;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProduceStoreTest {

    @TempDir
    Path dir;

    private static RecordDraft draft(String topic, String value) {
        return new RecordDraft(topic, 1, PayloadDraft.string("k"), PayloadDraft.avro(value, "s", "latest"),
                List.of(HeaderDraft.string("h", "v")));
    }

    @Test
    void templatesSurviveARestartPerProfileAndTopic() {
        ProduceTemplate t = new ProduceTemplate("order", "dev", "orders", draft("orders", "{}"),
                new BulkOptions(10, 5), Instant.parse("2024-01-01T00:00:00Z"));
        new ProduceStore(dir).saveTemplate(t);

        ProduceStore reopened = new ProduceStore(dir);
        assertThat(reopened.templates("dev", "orders")).containsExactly(t);
        assertThat(reopened.templates("prod", "orders")).isEmpty();
        assertThat(reopened.templates("dev", "other")).isEmpty();
        assertThat(dir.resolve(ProduceStore.FILE_NAME)).exists();
    }

    @Test
    void savingUnderTheSameNameReplacesAndDeleteRemoves() {
        ProduceStore store = new ProduceStore(dir);
        store.saveTemplate(new ProduceTemplate("a", "dev", "t", draft("t", "1"), null, Instant.now()));
        store.saveTemplate(new ProduceTemplate("A", "dev", "t", draft("t", "2"), null, Instant.now()));
        assertThat(store.templates("dev", "t")).extracting(x -> x.draft().value().text()).containsExactly("2");
        assertThat(store.deleteTemplate("dev", "t", "a")).isTrue();
        assertThat(new ProduceStore(dir).templates("dev", "t")).isEmpty();
    }

    @Test
    void recentSendsAreNewestFirstDeduplicatedAndCapped() {
        ProduceStore store = new ProduceStore(dir);
        for (int i = 0; i < ProduceStore.RECENT_PER_PROFILE + 5; i++) {
            store.addRecent(new RecentSend("dev", Instant.now(), draft("t", "v" + i), BulkOptions.ONE, 1, 0));
        }
        store.addRecent(new RecentSend("other", Instant.now(), draft("t", "x"), BulkOptions.ONE, 1, 0));
        store.addRecent(new RecentSend("dev", Instant.now(), draft("t", "v10"), BulkOptions.ONE, 1, 0));

        List<RecentSend> recent = new ProduceStore(dir).recent("dev");
        assertThat(recent).hasSize(ProduceStore.RECENT_PER_PROFILE);
        assertThat(recent.get(0).draft().value().text()).isEqualTo("v10");
        assertThat(recent).filteredOn(r -> r.draft().value().text().equals("v10")).hasSize(1);
        assertThat(new ProduceStore(dir).recent("other")).hasSize(1);
    }

    @Test
    void corruptFileIsMovedAsideAndReported() throws Exception {
        Files.writeString(dir.resolve(ProduceStore.FILE_NAME), "{not json");
        ProduceStore store = new ProduceStore(dir);
        assertThat(store.templates("dev", "t")).isEmpty();
        assertThat(store.problem()).hasValueSatisfying(p -> assertThat(p).contains("moved to"));
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("produce.json.corrupt-"));
        }
    }

    @Test
    void newerFormatIsKeptAndNotOverwritten() throws Exception {
        Path file = dir.resolve(ProduceStore.FILE_NAME);
        Files.writeString(file, "{\"version\": 99, \"templates\": []}");
        ProduceStore store = new ProduceStore(dir);
        assertThat(store.problem()).hasValueSatisfying(p -> assertThat(p).contains("newer Partita"));
        assertThatThrownBy(() -> store.addRecent(new RecentSend("dev", Instant.now(), draft("t", "v"), null, 1, 0)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(file)).contains("99");
    }
}

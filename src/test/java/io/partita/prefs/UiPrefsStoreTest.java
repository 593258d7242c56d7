package io.partita.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiPrefsStoreTest {

    @TempDir
    Path dir;

    @Test
    void themeAndWindowSurviveASaveAndLoad() {
        UiPrefsStore store = new UiPrefsStore(dir);
        UiPrefs prefs = new UiPrefs(true, Optional.of(new UiPrefs.WindowBounds(10, 20, 1000, 700, true)));
        store.save(prefs);
        assertThat(new UiPrefsStore(dir).load()).isEqualTo(prefs);
    }

    @Test
    void lastProfileAndEachProfilesTabSurvive() {
        UiPrefsStore store = new UiPrefsStore(dir);
        // Names with what a properties key must escape: spaces, '=', ':', '#', non-ASCII.
        UiPrefs prefs = UiPrefs.DEFAULTS.withLastProfile("prod = eu:1")
                .withTab("prod = eu:1", "Messages")
                .withTab("Local sandbox", "Topics")
                .withTab("#staging ü", "Consumer groups");
        store.save(prefs);
        UiPrefs loaded = new UiPrefsStore(dir).load();
        assertThat(loaded).isEqualTo(prefs);
        assertThat(loaded.tabs()).containsEntry("prod = eu:1", "Messages").hasSize(3);

        UiPrefs forgotten = loaded.withTab("Local sandbox", null);
        store.save(forgotten);
        assertThat(store.load().tabs()).doesNotContainKey("Local sandbox").hasSize(2);
    }

    @Test
    void missingFileMeansDefaults() {
        assertThat(new UiPrefsStore(dir.resolve("nowhere")).load()).isEqualTo(UiPrefs.DEFAULTS);
    }

    @Test
    void unreadableFileMeansDefaults() throws Exception {
        Files.writeString(dir.resolve(UiPrefsStore.FILE), "window.width=wide\nwindow.height=\\u00");
        assertThat(new UiPrefsStore(dir).load()).isEqualTo(UiPrefs.DEFAULTS);
    }

    @Test
    void saveLeavesOnlyTheFileBehind() throws Exception {
        UiPrefsStore store = new UiPrefsStore(dir.resolve("new-dir"));
        store.save(UiPrefs.DEFAULTS.withDark(true));
        store.save(UiPrefs.DEFAULTS);
        try (var files = Files.list(dir.resolve("new-dir"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(UiPrefsStore.FILE);
        }
        assertThat(store.load().dark()).isFalse();
    }
}

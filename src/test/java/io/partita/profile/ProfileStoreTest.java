package io.partita.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.ClusterProfile;
import io.partita.model.RegistryAuth;
import io.partita.model.RegistryConfig;
import io.partita.model.SecurityConfig;
import io.partita.model.SecurityProtocol;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {

    @TempDir
    Path dir;

    private static ClusterProfile secured(String name) {
        return new ClusterProfile(name, "kafka-1.example.com:9093,kafka-2.example.com:9093",
                new SecurityConfig(SecurityProtocol.SASL_SSL, "SCRAM-SHA-512", "alice", "/etc/trust.p12", "PKCS12",
                        null, null, true),
                Map.of("request.timeout.ms", "20000"),
                new RegistryConfig("https://registry.example.com", RegistryAuth.BASIC, "reg-user"),
                true, "#e5534b");
    }

    @Test
    void profilesSurviveARoundTripThroughTheFile() {
        ProfileStore store = new ProfileStore(dir);
        store.save(secured("prod"));
        store.save(ClusterProfile.simple("local", "127.0.0.1:9092", null));

        ProfileStore reopened = new ProfileStore(dir);
        assertThat(reopened.list()).extracting(ClusterProfile::name).containsExactly("local", "prod");
        assertThat(reopened.find("prod")).contains(secured("prod"));
        assertThat(reopened.problem()).isEmpty();
    }

    @Test
    void fileCarriesAFormatVersionAndNoTemporaryFilesRemain() throws Exception {
        new ProfileStore(dir).save(secured("prod"));

        String text = Files.readString(dir.resolve(ProfileStore.FILE_NAME));
        assertThat(text).contains("\"version\" : 1");
        try (var files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(ProfileStore.FILE_NAME);
        }
    }

    @Test
    void corruptFileIsMovedAsideAndReportedNotOverwritten() throws Exception {
        Path file = dir.resolve(ProfileStore.FILE_NAME);
        Files.writeString(file, "{\"version\":1,\"profiles\":[{\"name\":\"x\",");

        ProfileStore store = new ProfileStore(dir);
        assertThat(store.list()).isEmpty();
        assertThat(store.problem()).hasValueSatisfying(p -> assertThat(p).contains("moved to"));
        try (var files = Files.list(dir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("profiles.json.corrupt-"))
                    .findFirst().orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("{\"version\":1,\"profiles\":[{\"name\":\"x\",");
        }
        store.save(ClusterProfile.simple("fresh", "127.0.0.1:9092", null));
        assertThat(new ProfileStore(dir).list()).extracting(ClusterProfile::name).containsExactly("fresh");
    }

    @Test
    void fileFromANewerVersionIsNeverOverwritten() throws Exception {
        Path file = dir.resolve(ProfileStore.FILE_NAME);
        String newer = "{\"version\":99,\"profiles\":[]}";
        Files.writeString(file, newer);

        ProfileStore store = new ProfileStore(dir);
        assertThatThrownBy(store::list).hasMessageContaining("newer Partita");
        assertThatThrownBy(() -> store.save(ClusterProfile.simple("a", "h:1", null)))
                .hasMessageContaining("newer Partita");
        assertThat(Files.readString(file)).isEqualTo(newer);
    }

    @Test
    void renamingOntoAnExistingProfileIsRefused() {
        ProfileStore store = new ProfileStore(dir);
        store.save(ClusterProfile.simple("a", "h:1", null));
        store.save(ClusterProfile.simple("b", "h:2", null));

        assertThatThrownBy(() -> store.replace("a", ClusterProfile.simple("b", "h:3", null)))
                .hasMessageContaining("already exists");
        store.replace("a", ClusterProfile.simple("c", "h:1", null));
        assertThat(store.list()).extracting(ClusterProfile::name).containsExactly("b", "c");
    }

    @Test
    void removeReportsWhetherTheProfileExisted() {
        ProfileStore store = new ProfileStore(dir);
        store.save(ClusterProfile.simple("a", "h:1", null));
        assertThat(store.remove("a")).isTrue();
        assertThat(store.remove("a")).isFalse();
        assertThat(new ProfileStore(dir).list()).isEmpty();
    }

    @Test
    void configDirFollowsEachPlatformsConvention() {
        assertThat(ConfigDirs.resolve(Map.of("PARTITA_CONFIG_DIR", "/x"), "Linux", "/home/u")).isEqualTo(Path.of("/x"));
        assertThat(ConfigDirs.resolve(Map.of("XDG_CONFIG_HOME", "/cfg"), "Linux", "/home/u"))
                .isEqualTo(Path.of("/cfg/partita"));
        assertThat(ConfigDirs.resolve(Map.of(), "Linux", "/home/u")).isEqualTo(Path.of("/home/u/.config/partita"));
        assertThat(ConfigDirs.resolve(Map.of(), "Mac OS X", "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Application Support/Partita"));
        assertThat(ConfigDirs.resolve(Map.of("APPDATA", "C:/AppData"), "Windows 11", "C:/u"))
                .isEqualTo(Path.of("C:/AppData", "Partita"));
    }
}

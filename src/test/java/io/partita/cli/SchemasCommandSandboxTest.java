package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.model.ClusterProfile;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code partita schemas ...} against the sandbox's Apicurio, with {@code --registry URL} alone. */
@ExtendWith(SandboxExtension.class)
class SchemasCommandSandboxTest {

    private static final String V1 = "{\"type\":\"record\",\"name\":\"Cli\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"}]}";
    private static final String V2_OK = "{\"type\":\"record\",\"name\":\"Cli\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}]}";
    private static final String V2_BAD = "{\"type\":\"record\",\"name\":\"Cli\",\"fields\":[{\"name\":\"id\",\"type\":\"string\"},"
            + "{\"name\":\"qty\",\"type\":\"int\"}]}";

    @TempDir
    Path dir;

    private CliHarness.Result run(Sandbox sandbox, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--registry", sandbox.registryUrl().orElseThrow()));
        return new CliHarness(dir).run(all.toArray(String[]::new));
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    private static String subject() {
        return "cli-" + UUID.randomUUID() + "-value";
    }

    @Test
    void registerThenListShowAndVersions(Sandbox sandbox) throws Exception {
        String subject = subject();

        CliHarness.Result registered = run(sandbox, "schemas", "register", subject, "--file", file("v1.avsc", V1).toString());
        CliHarness.Result again = run(sandbox, "schemas", "register", subject, "--file", file("v1.avsc", V1).toString(),
                "--json");
        CliHarness.Result list = run(sandbox, "schemas", "list", "--filter", subject, "--json");
        CliHarness.Result show = run(sandbox, "schemas", "show", subject);
        CliHarness.Result versions = run(sandbox, "schemas", "versions", subject);

        assertThat(registered.code()).as(registered.err()).isZero();
        assertThat(registered.out()).startsWith("registered " + subject + " version 1 (id ");
        assertThat(new ObjectMapper().readTree(again.out()).get("alreadyRegistered").asBoolean()).isTrue();
        JsonNode row = new ObjectMapper().readTree(list.out()).get(0);
        assertThat(row.get("subject").asText()).isEqualTo(subject);
        assertThat(row.get("latestVersion").asInt()).isEqualTo(1);
        assertThat(row.get("schemaType").asText()).isEqualTo("AVRO");
        assertThat(row.get("topic").asText()).isEqualTo(subject.substring(0, subject.length() - "-value".length()));
        assertThat(row.get("part").asText()).isEqualTo("value");
        assertThat(show.out()).contains("\"name\": \"Cli\"");
        assertThat(show.err()).contains(subject + " version 1");
        assertThat(versions.out().strip()).isEqualTo("1");
    }

    @Test
    void checkExitsOneAndPrintsTheReasonsWhenIncompatible(Sandbox sandbox) throws Exception {
        String subject = subject();
        run(sandbox, "schemas", "register", subject, "--file", file("v1.avsc", V1).toString());
        run(sandbox, "schemas", "compat", subject, "--set", "BACKWARD");

        CliHarness.Result bad = run(sandbox, "schemas", "check", subject, "--file", file("bad.avsc", V2_BAD).toString());
        CliHarness.Result ok = run(sandbox, "schemas", "check", subject, "--file", file("ok.avsc", V2_OK).toString());

        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("incompatible with " + subject + " (level BACKWARD)").contains("'qty'");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).startsWith("compatible");
    }

    @Test
    void unparsableFileFailsWithItsPosition(Sandbox sandbox) throws Exception {
        CliHarness.Result result = run(sandbox, "schemas", "check", subject(), "--file",
                file("broken.avsc", "{\"type\":\"record\",\n\"name\":\"X\" \"fields\":[]}").toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("broken.avsc").contains("line 2, column");
    }

    @Test
    void incompatibleRegisterIsRefusedWithTheRegistrysReasons(Sandbox sandbox) throws Exception {
        String subject = subject();
        run(sandbox, "schemas", "register", subject, "--file", file("v1.avsc", V1).toString());
        run(sandbox, "schemas", "compat", subject, "--set", "BACKWARD");

        CliHarness.Result result = run(sandbox, "schemas", "register", subject, "--file", file("bad.avsc", V2_BAD).toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("incompatible").contains("qty");
    }

    @Test
    void deleteNeedsYesThenSoftThenPermanent(Sandbox sandbox) throws Exception {
        String subject = subject();
        run(sandbox, "schemas", "register", subject, "--file", file("v1.avsc", V1).toString());
        run(sandbox, "schemas", "register", subject, "--file", file("v2.avsc", V2_OK).toString());

        CliHarness.Result refused = run(sandbox, "schemas", "delete", subject, "--version", "1");
        CliHarness.Result soft = run(sandbox, "schemas", "delete", subject, "--version", "1", "--yes");
        CliHarness.Result listed = run(sandbox, "schemas", "versions", subject, "--deleted");
        CliHarness.Result hard = run(sandbox, "schemas", "delete", subject, "--permanent", "--yes");
        CliHarness.Result gone = run(sandbox, "schemas", "list", "--deleted", "--filter", subject, "--json");

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("--yes");
        assertThat(soft.out()).startsWith("soft-deleted " + subject + " version 1");
        assertThat(listed.out().lines()).containsExactly("1 (deleted)", "2");
        assertThat(hard.code()).as(hard.err()).isZero();
        assertThat(hard.out()).startsWith("permanently deleted " + subject);
        assertThat(gone.out().strip()).isEqualTo("[]");
    }

    @Test
    void compatShowsSetsAndResetsTheSubjectLevel(Sandbox sandbox) throws Exception {
        String subject = subject();
        run(sandbox, "schemas", "register", subject, "--file", file("v1.avsc", V1).toString());

        CliHarness.Result set = run(sandbox, "schemas", "compat", subject, "--set", "full_transitive");
        CliHarness.Result reset = run(sandbox, "schemas", "compat", subject, "--reset", "--json");
        CliHarness.Result global = run(sandbox, "schemas", "compat");
        CliHarness.Result bad = run(sandbox, "schemas", "compat", subject, "--set", "SOMETIMES");

        assertThat(set.out()).startsWith(subject + ": FULL_TRANSITIVE (set on the subject");
        JsonNode json = new ObjectMapper().readTree(reset.out());
        assertThat(json.get("own").isNull()).isTrue();
        assertThat(json.get("level").asText()).isEqualTo(json.get("global").asText());
        assertThat(global.out()).startsWith("global: ");
        assertThat(bad.code()).isEqualTo(2);
    }

    @Test
    void readOnlyProfileRefusesRegister(Sandbox sandbox) throws Exception {
        CliHarness harness = new CliHarness(dir);
        ClusterProfile p = ClusterProfile.simple("ro", sandbox.bootstrapServers(), sandbox.registryUrl().orElseThrow());
        harness.store().save(new ClusterProfile(p.name(), p.bootstrapServers(), p.security(), p.clientProperties(),
                p.registry(), true, null));
        String subject = subject();

        CliHarness.Result result = harness.run("schemas", "register", subject, "--file", file("v1.avsc", V1).toString(),
                "--profile", "ro");

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("read-only");
        assertThat(run(sandbox, "schemas", "list", "--filter", subject, "--json").out().strip()).isEqualTo("[]");
    }
}

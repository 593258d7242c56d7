package io.partita.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import io.partita.testkit.SecureCluster;
import io.partita.testkit.SecureProfiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code partita acls ...} against the secure sandbox. */
@ExtendWith(SandboxExtension.class)
class AclsCommandSecureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path configDir;

    private CliHarness.Result run(Sandbox sandbox, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap", sandbox.bootstrapServers(), "--timeout", "20s"));
        return new CliHarness(configDir).run(all.toArray(String[]::new));
    }

    private static String unique() {
        return "User:cli-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createListAsJsonAndDeleteRoundTrip(@SecureCluster Sandbox sandbox) throws Exception {
        String principal = unique();
        CliHarness.Result created = run(sandbox, "acls", "create", "--principal", principal, "--operation", "READ",
                "--operation", "DESCRIBE", "--resource-type", "TOPIC", "--resource-name", "orders-",
                "--pattern-type", "PREFIXED");
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out()).contains("Created: " + principal + " ALLOW READ on TOPIC orders- (prefix) from *");

        CliHarness.Result listed = run(sandbox, "acls", "list", "--principal", principal, "--json");

        assertThat(listed.code()).as(listed.err()).isZero();
        JsonNode array = JSON.readTree(listed.out());
        assertThat(array).hasSize(2);
        List<String> fields = new ArrayList<>();
        array.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("principal", "host", "operation", "permission", "resourceType",
                "resourceName", "patternType");
        assertThat(array.findValuesAsText("operation")).containsExactlyInAnyOrder("READ", "DESCRIBE");
        assertThat(array.get(0).get("patternType").asText()).isEqualTo("PREFIXED");

        CliHarness.Result unconfirmed = run(sandbox, "acls", "delete", "--principal", principal);
        assertThat(unconfirmed.code()).isEqualTo(Cli.USAGE);
        assertThat(unconfirmed.err()).contains("2 binding(s) match").contains("--yes");

        CliHarness.Result deleted = run(sandbox, "acls", "delete", "--principal", principal, "--operation", "READ",
                "--yes");
        assertThat(deleted.code()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("1 binding(s) deleted.");
        JsonNode left = JSON.readTree(run(sandbox, "acls", "list", "--principal", principal, "--json").out());
        assertThat(left.findValuesAsText("operation")).containsExactly("DESCRIBE");
        run(sandbox, "acls", "delete", "--principal", principal, "--yes");
    }

    @Test
    void deleteWithoutAnyFilterIsAUsageError(@SecureCluster Sandbox sandbox) {
        CliHarness.Result result = run(sandbox, "acls", "delete", "--yes");

        assertThat(result.code()).isEqualTo(Cli.USAGE);
        assertThat(result.err()).contains("at least one filter option");
    }

    @Test
    void userWithoutAclGetsANamedRefusal(@SecureCluster Sandbox sandbox) {
        CliHarness harness = new CliHarness(configDir);
        SecureProfiles.Connection alice = SecureProfiles.user(sandbox);
        harness.store().save(alice.profile());
        harness.secrets.save(alice.profile().name(), alice.credentials());

        CliHarness.Result result = harness.run("acls", "list", "--profile", alice.profile().name());

        assertThat(result.code()).isEqualTo(Cli.FAILED);
        assertThat(result.err().strip()).startsWith("partita: not authorized to DESCRIBE cluster");
    }

    @Test
    void wrongPasswordFromStdinIsReportedAsAuthenticationFailure(@SecureCluster Sandbox sandbox) {
        CliHarness harness = new CliHarness(configDir);
        SecureProfiles.Connection alice = SecureProfiles.user(sandbox);
        harness.store().save(alice.profile());
        harness.secrets.save(alice.profile().name(), alice.credentials());
        harness.stdin = "wrong-password\n";

        CliHarness.Result result = harness.run("acls", "list", "--profile", alice.profile().name(),
                "--sasl-password-stdin", "--timeout", "10s");

        assertThat(result.code()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains("authentication failed (SCRAM-SHA-512): check user and password")
                .doesNotContain("wrong-password");
    }
}

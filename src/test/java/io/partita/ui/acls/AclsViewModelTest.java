package io.partita.ui.acls;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.model.AclEntry;
import io.partita.model.AclOperation;
import io.partita.model.AclPatternType;
import io.partita.model.AclPermission;
import io.partita.model.AclResourceType;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import io.partita.testkit.SecureCluster;
import io.partita.testkit.SecureProfiles;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ACLs tab's view models against the secure sandbox and against one without an authorizer. No FX toolkit. */
@ExtendWith(SandboxExtension.class)
class AclsViewModelTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private static ClusterSession admin(Sandbox sandbox) {
        return ClusterSession.open(ClusterProfile.simple("acl vm", sandbox.bootstrapServers(), null),
                Credentials.none());
    }

    private AclsViewModel loaded(ClusterSession session) {
        AclsViewModel vm = new AclsViewModel(new DirectTaskRunner(), session, dialogs, dialogs);
        vm.refreshCommand().execute();
        return vm;
    }

    private static String unique() {
        return "User:vm-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static AclEntry entry(String principal, AclOperation op, String topic) {
        return new AclEntry(principal, "*", op, AclPermission.ALLOW, AclResourceType.TOPIC, topic,
                AclPatternType.LITERAL);
    }

    @Test
    void createdBindingShowsUpAndTheFilterNarrowsTheTable(@SecureCluster Sandbox sandbox) {
        String principal = unique();
        AclEntry other = entry(unique(), AclOperation.READ, "elsewhere");
        try (ClusterSession session = admin(sandbox)) {
            session.acls().create(List.of(other), Duration.ofSeconds(20));
            AclsViewModel vm = loaded(session);
            dialogs.createScript = editor -> {
                editor.principalProperty().set(principal);
                editor.operationProperty().set(AclOperation.WRITE);
                editor.resourceNameProperty().set("payments");
                editor.createCommand().execute();
            };

            vm.createCommand().execute();
            vm.filterProperty().set(principal.substring(5));

            assertThat(vm.shown()).containsExactly(entry(principal, AclOperation.WRITE, "payments"));
            assertThat(vm.summaryProperty().get()).matches("1 of \\d+ bindings");
            List<AclEntry> ours = List.of(other, entry(principal, AclOperation.WRITE, "payments"));
            session.acls().deleteExactly(ours, Duration.ofSeconds(20));
        }
    }

    @Test
    void deletingTheSelectionAsksFirstAndRemovesOnlyTheSelectedRows(@SecureCluster Sandbox sandbox) {
        String principal = unique();
        AclEntry read = entry(principal, AclOperation.READ, "t1");
        AclEntry write = entry(principal, AclOperation.WRITE, "t1");
        try (ClusterSession session = admin(sandbox)) {
            session.acls().create(List.of(read, write), Duration.ofSeconds(20));
            AclsViewModel vm = loaded(session);
            vm.filterProperty().set(principal);
            vm.selected().setAll(read);

            dialogs.confirmAnswer = false;
            vm.deleteCommand().execute();
            assertThat(vm.shown()).containsExactlyInAnyOrder(read, write);

            dialogs.confirmAnswer = true;
            vm.deleteCommand().execute();

            assertThat(dialogs.confirmations).hasSize(2).allMatch(m -> m.contains(read.describe()));
            assertThat(vm.shown()).containsExactly(write);
            assertThat(vm.selected()).isEmpty();
            session.acls().deleteExactly(List.of(write), Duration.ofSeconds(20));
        }
    }

    @Test
    void editorExplainsWhatIsMissingAndRefusesUntilValid(@SecureCluster Sandbox sandbox) {
        try (ClusterSession session = admin(sandbox)) {
            AclEditorViewModel editor = new AclEditorViewModel(new DirectTaskRunner(), session);

            assertThat(editor.problemProperty().get()).startsWith("Principal must look like User:alice");
            assertThat(editor.createCommand().executableProperty().get()).isFalse();

            editor.principalProperty().set("User:bob");
            assertThat(editor.problemProperty().get()).startsWith("Resource name is required");
            editor.resourceNameProperty().set("*");
            editor.patternTypeProperty().set(AclPatternType.PREFIXED);
            assertThat(editor.problemProperty().get()).contains("PREFIXED");
            editor.patternTypeProperty().set(AclPatternType.LITERAL);

            assertThat(editor.problemProperty().get()).isEmpty();
            assertThat(editor.createCommand().executableProperty().get()).isTrue();
        }
    }

    @Test
    void readOnlyProfileOffersNoChanges(@SecureCluster Sandbox sandbox) {
        try (ClusterSession session = ClusterSession.open(SecureProfiles.admin(sandbox).readOnly().profile(),
                SecureProfiles.admin(sandbox).credentials())) {
            AclsViewModel vm = loaded(session);
            vm.selected().setAll(entry("User:x", AclOperation.READ, "t"));

            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.createCommand().executableProperty().get()).isFalse();
            assertThat(vm.deleteCommand().executableProperty().get()).isFalse();
            assertThat(vm.noticeProperty().get()).contains("read-only");
        }
    }

    @Test
    void userWithoutRightsSeesWhatWasRefused(@SecureCluster Sandbox sandbox) {
        SecureProfiles.Connection alice = SecureProfiles.user(sandbox);
        try (ClusterSession session = ClusterSession.open(alice.profile(), alice.credentials())) {
            AclsViewModel vm = loaded(session);

            assertThat(vm.errorProperty().get()).startsWith("Could not read the ACLs: not authorized to DESCRIBE "
                    + "cluster");
            assertThat(vm.noAuthorizerProperty().get()).isFalse();
        }
    }

    @Test
    void clusterWithoutAuthorizerIsAStateNotAnError(Sandbox plain) {
        try (ClusterSession session = admin(plain)) {
            AclsViewModel vm = loaded(session);

            assertThat(vm.noAuthorizerProperty().get()).isTrue();
            assertThat(vm.noticeProperty().get()).startsWith("This cluster has no authorizer configured");
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.createCommand().executableProperty().get()).isFalse();
        }
    }
}

package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.AclEntry;
import io.partita.model.AclOperation;
import io.partita.model.AclPatternType;
import io.partita.model.AclPermission;
import io.partita.model.AclQuery;
import io.partita.model.AclResourceType;
import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.NewTopic;
import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import io.partita.testkit.SecureCluster;
import io.partita.testkit.SecureProfiles;
import io.partita.testkit.SecureProfiles.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** ACLs against the secure sandbox (StandardAuthorizer), and the messages people get when refused. */
@ExtendWith(SandboxExtension.class)
class AclAdminTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ClusterSession plaintextAdmin(Sandbox sandbox) {
        return ClusterSession.open(ClusterProfile.simple("acl admin", sandbox.bootstrapServers(), null),
                Credentials.none());
    }

    private static ClusterSession open(Connection c) {
        return ClusterSession.open(c.profile(), c.credentials());
    }

    private static AclEntry allow(String principal, AclOperation operation, String topic, AclPatternType pattern) {
        return new AclEntry(principal, "*", operation, AclPermission.ALLOW, AclResourceType.TOPIC, topic, pattern);
    }

    @Test
    void createdBindingsAreListedByFilterAndDeletedAgain(@SecureCluster Sandbox sandbox) {
        String user = "User:" + unique("u");
        String prefix = unique("orders");
        AclEntry read = allow(user, AclOperation.READ, prefix, AclPatternType.PREFIXED);
        AclEntry describe = allow(user, AclOperation.DESCRIBE, prefix + "-x", AclPatternType.LITERAL);
        try (ClusterSession session = open(SecureProfiles.admin(sandbox))) {
            session.acls().create(List.of(read, describe), TIMEOUT);

            assertThat(session.acls().list(new AclQuery(user, null, null, null, null, null, null), TIMEOUT))
                    .containsExactly(read, describe);
            assertThat(session.acls().list(new AclQuery(user, null, null, null, AclResourceType.TOPIC, prefix,
                    AclPatternType.PREFIXED), TIMEOUT)).containsExactly(read);

            List<AclEntry> deleted = session.acls().delete(new AclQuery(user, null, AclOperation.READ, null, null,
                    null, null), TIMEOUT);

            assertThat(deleted).containsExactly(read);
            assertThat(session.acls().list(new AclQuery(user, null, null, null, null, null, null), TIMEOUT))
                    .containsExactly(describe);
            assertThat(session.acls().deleteExactly(List.of(describe), TIMEOUT)).containsExactly(describe);
            assertThat(session.acls().list(new AclQuery(user, null, null, null, null, null, null), TIMEOUT)).isEmpty();
        }
    }

    @Test
    void userWithoutAclIsToldWhichOperationOnWhichTopicWasRefused(@SecureCluster Sandbox sandbox) {
        String topic = unique("secret");
        try (ClusterSession admin = plaintextAdmin(sandbox); ClusterSession user = open(SecureProfiles.user(sandbox))) {
            admin.topicMutations().create(new NewTopic(topic, 1, (short) 1, Map.of()), TIMEOUT);

            assertThatThrownBy(() -> user.topics().partitions(topic, TIMEOUT))
                    .isInstanceOf(KafkaOperationException.class)
                    .hasMessageStartingWith("not authorized to DESCRIBE topic " + topic);
            assertThatThrownBy(() -> user.topicMutations().create(new NewTopic(unique("new"), 1, (short) 1, Map.of()),
                    TIMEOUT)).hasMessageStartingWith("not authorized to CREATE topic");
        }
    }

    @Test
    void anAclLetsTheUserDescribeTheTopic(@SecureCluster Sandbox sandbox) {
        String topic = unique("granted");
        String principal = "User:" + SecureProfiles.endpoints(sandbox).user();
        AclEntry grant = allow(principal, AclOperation.DESCRIBE, topic, AclPatternType.LITERAL);
        try (ClusterSession admin = plaintextAdmin(sandbox); ClusterSession user = open(SecureProfiles.user(sandbox))) {
            admin.topicMutations().create(new NewTopic(topic, 2, (short) 1, Map.of()), TIMEOUT);
            admin.acls().create(List.of(grant), TIMEOUT);
            try {
                assertThat(user.topics().partitions(topic, TIMEOUT)).hasSize(2);
            } finally {
                admin.acls().deleteExactly(List.of(grant), TIMEOUT);
            }
        }
    }

    @Test
    void mutualTlsClientIsKnownByItsCertificatesCommonName(@SecureCluster Sandbox sandbox) {
        String topic = unique("mtls");
        String principal = "User:" + SecureProfiles.endpoints(sandbox).clientPrincipal();
        AclEntry grant = allow(principal, AclOperation.DESCRIBE, topic, AclPatternType.LITERAL);
        try (ClusterSession admin = plaintextAdmin(sandbox);
             ClusterSession client = open(SecureProfiles.mutualTls(sandbox))) {
            admin.topicMutations().create(new NewTopic(topic, 1, (short) 1, Map.of()), TIMEOUT);
            assertThatThrownBy(() -> client.topics().partitions(topic, TIMEOUT))
                    .hasMessageStartingWith("not authorized to DESCRIBE topic " + topic);

            admin.acls().create(List.of(grant), TIMEOUT);
            try {
                assertThat(client.topics().partitions(topic, TIMEOUT)).hasSize(1);
            } finally {
                admin.acls().deleteExactly(List.of(grant), TIMEOUT);
            }
        }
    }

    @Test
    void userWithoutAclCannotListAcls(@SecureCluster Sandbox sandbox) {
        try (ClusterSession user = open(SecureProfiles.user(sandbox))) {
            assertThatThrownBy(() -> user.acls().list(AclQuery.any(), TIMEOUT))
                    .hasMessageStartingWith("not authorized to DESCRIBE cluster");
        }
    }

    @Test
    void readOnlyProfileRefusesAclChangesButLists(@SecureCluster Sandbox sandbox) {
        AclEntry entry = allow("User:" + unique("ro"), AclOperation.READ, "t", AclPatternType.LITERAL);
        try (ClusterSession session = open(SecureProfiles.admin(sandbox).readOnly())) {
            assertThatThrownBy(() -> session.acls().create(List.of(entry), TIMEOUT))
                    .isInstanceOf(ReadOnlyProfileException.class);
            assertThatThrownBy(() -> session.acls().deleteExactly(List.of(entry), TIMEOUT))
                    .isInstanceOf(ReadOnlyProfileException.class);
            assertThat(session.acls().list(AclQuery.any(), TIMEOUT)).doesNotContain(entry);
        }
    }

    @Test
    void deletingEverythingIsRefused(@SecureCluster Sandbox sandbox) {
        try (ClusterSession session = plaintextAdmin(sandbox)) {
            assertThatThrownBy(() -> session.acls().delete(AclQuery.any(), TIMEOUT))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void clusterWithoutAuthorizerSaysSo(Sandbox plain) {
        try (ClusterSession session = plaintextAdmin(plain)) {
            assertThatThrownBy(() -> session.acls().list(AclQuery.any(), TIMEOUT))
                    .isInstanceOf(NoAuthorizerException.class)
                    .hasMessage("this cluster has no authorizer configured (ACLs are not available)");
        }
    }
}

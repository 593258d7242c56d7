package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.model.ClusterProfile;
import io.partita.model.CompatibilityReport;
import io.partita.model.Credentials;
import io.partita.model.RegistryConfig;
import io.partita.model.SchemaChange;
import io.partita.model.SubjectCompatibility;
import io.partita.model.SubjectSummary;
import io.partita.sandbox.Sandbox;
import io.partita.schema.HttpSchemaRegistryClient;
import io.partita.schema.RegistryException;
import io.partita.schema.SchemaRegistryClient;
import io.partita.testkit.SandboxExtension;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry service on the sandbox's Apicurio: pre-check with reasons, diffs, the subjects list. */
@ExtendWith(SandboxExtension.class)
class SchemaRegistryServiceTest {

    static final String V1 = record("");
    static final String V2 = record(",{\"name\":\"note\",\"type\":[\"null\",\"string\"],\"default\":null}"
            + ",{\"name\":\"amount\",\"type\":\"long\",\"default\":0}");
    static final String V2_NO_DEFAULT = record(",{\"name\":\"qty\",\"type\":\"int\"}");

    static String record(String extraFields) {
        return "{\"type\":\"record\",\"name\":\"Svc\",\"namespace\":\"io.partita.test\",\"fields\":["
                + "{\"name\":\"id\",\"type\":\"string\"}" + extraFields + "]}";
    }

    static SchemaRegistryService service(Sandbox sandbox, boolean readOnly) {
        String url = sandbox.registryUrl().orElseThrow();
        SchemaRegistryClient client = HttpSchemaRegistryClient.create(RegistryConfig.of(url), Credentials.none(),
                Duration.ofSeconds(10));
        ClusterProfile p = ClusterProfile.simple("svc-test", sandbox.bootstrapServers(), url);
        ClusterProfile profile = new ClusterProfile(p.name(), p.bootstrapServers(), p.security(), p.clientProperties(),
                p.registry(), readOnly, null);
        return new SchemaRegistryService(client, new MutationGuard(profile));
    }

    static String freshSubject() {
        return "svc-" + UUID.randomUUID() + "-value";
    }

    @Test
    void incompatibleChangeIsExplainedLocallyWhenTheRegistryGivesNoReasons(Sandbox sandbox) {
        SchemaRegistryService service = service(sandbox, false);
        String subject = freshSubject();
        service.register(subject, V1, "AVRO", List.of());
        service.setCompatibility(subject, "BACKWARD");

        CompatibilityReport report = service.check(subject, V2_NO_DEFAULT, "AVRO", List.of());

        assertThat(report.compatible()).isFalse();
        assertThat(report.level()).isEqualTo("BACKWARD");
        assertThat(report.registryMessages()).as("Apicurio 3.0 sends no messages").isEmpty();
        assertThat(report.localReasons()).singleElement().asString().contains("'qty' has no default value");
        assertThat(report.reasons()).singleElement().asString().endsWith("[" + CompatibilityReport.LOCAL_LABEL + "]");
    }

    @Test
    void compatibleChangePassesThePreCheck(Sandbox sandbox) {
        SchemaRegistryService service = service(sandbox, false);
        String subject = freshSubject();
        service.register(subject, V1, "AVRO", List.of());
        service.setCompatibility(subject, "BACKWARD");

        CompatibilityReport report = service.check(subject, V2, "AVRO", List.of());

        assertThat(report.compatible()).isTrue();
        assertThat(report.reasons()).isEmpty();
        assertThat(report.newSubject()).isFalse();
    }

    @Test
    void aSubjectWithoutVersionsAcceptsAnything(Sandbox sandbox) {
        CompatibilityReport report = service(sandbox, false).check(freshSubject(), V1, "AVRO", List.of());

        assertThat(report.compatible()).isTrue();
        assertThat(report.newSubject()).isTrue();
    }

    @Test
    void diffOfTwoRegisteredVersionsNamesTheChangedFields(Sandbox sandbox) {
        SchemaRegistryService service = service(sandbox, false);
        String subject = freshSubject();
        service.register(subject, V1, "AVRO", List.of());
        service.register(subject, V2, "AVRO", List.of());

        List<SchemaChange> changes = service.diff(service.schema(subject, "1", false), service.schema(subject, "2", false));

        assertThat(changes).extracting(SchemaChange::kind, SchemaChange::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SchemaChange.Kind.FIELD_ADDED, "Svc.note"),
                org.assertj.core.groups.Tuple.tuple(SchemaChange.Kind.FIELD_ADDED, "Svc.amount"));
        assertThat(changes.get(1).after()).isEqualTo("long, default 0");
    }

    @Test
    void invalidSchemaIsRefusedBeforeTheRegistrySeesItWithItsPosition(Sandbox sandbox) {
        SchemaRegistryService service = service(sandbox, false);
        String subject = freshSubject();

        assertThatThrownBy(() -> service.register(subject, "{\"type\":\"record\",\n\"name\":\"X\" \"fields\":[]}",
                "AVRO", List.of()))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("line 2, column");
        assertThat(service.versionsOrNone(subject)).isEmpty();
    }

    @Test
    void subjectsListHasLatestVersionTypeAndLevelAndDeletedOnesOnRequest(Sandbox sandbox) {
        SchemaRegistryService service = service(sandbox, false);
        String live = freshSubject();
        String gone = freshSubject();
        service.register(live, V1, "AVRO", List.of());
        service.register(live, V2, "AVRO", List.of());
        service.setCompatibility(live, "FORWARD");
        service.register(gone, V1, "AVRO", List.of());
        service.deleteSubject(gone, false);

        List<SubjectSummary> withDeleted = service.subjects(true);

        SubjectSummary row = withDeleted.stream().filter(s -> s.subject().equals(live)).findFirst().orElseThrow();
        assertThat(row.latestVersion()).isEqualTo(2);
        assertThat(row.schemaType()).isEqualTo("AVRO");
        assertThat(row.compatibility()).isEqualTo("FORWARD");
        assertThat(row.deleted()).isFalse();
        assertThat(withDeleted).filteredOn(s -> s.subject().equals(gone)).singleElement()
                .satisfies(s -> assertThat(s.deleted()).isTrue());
        assertThat(service.subjects(false)).extracting(SubjectSummary::subject).contains(live).doesNotContain(gone);
    }

    @Test
    void compatibilityTellsTheSubjectsOwnLevelFromTheInheritedOne(Sandbox sandbox) {
        SchemaRegistryService service = service(sandbox, false);
        String subject = freshSubject();
        service.register(subject, V1, "AVRO", List.of());

        SubjectCompatibility inherited = service.compatibility(subject);
        service.setCompatibility(subject, "FULL_TRANSITIVE");
        SubjectCompatibility own = service.compatibility(subject);

        assertThat(inherited.inherits()).isTrue();
        assertThat(inherited.effective()).isEqualTo(inherited.global());
        assertThat(own.own()).isEqualTo("FULL_TRANSITIVE");
        assertThat(own.effective()).isEqualTo("FULL_TRANSITIVE");
    }
}

package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.partita.model.Credentials;
import io.partita.model.RegisteredSchema;
import io.partita.model.RegisteredSchema.SchemaReference;
import io.partita.model.RegistryConfig;
import io.partita.sandbox.Sandbox;
import io.partita.schema.RegistryException.Kind;
import io.partita.testkit.SandboxExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deletes, references, levels and bulk reads of the client against the sandbox's Apicurio. */
@ExtendWith(SandboxExtension.class)
class RegistryLifecycleTest {

    static final String V1 = record("");
    static final String V2 = record(",{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}");
    static final String V2_NO_DEFAULT = record(",{\"name\":\"qty\",\"type\":\"int\"}");

    static String record(String extraFields) {
        return "{\"type\":\"record\",\"name\":\"Life\",\"namespace\":\"io.partita.test\",\"fields\":["
                + "{\"name\":\"id\",\"type\":\"string\"}" + extraFields + "]}";
    }

    static SchemaRegistryClient client(Sandbox sandbox) {
        return HttpSchemaRegistryClient.create(RegistryConfig.of(sandbox.registryUrl().orElseThrow()),
                Credentials.none(), Duration.ofSeconds(10));
    }

    static String freshSubject() {
        return "life-" + UUID.randomUUID() + "-value";
    }

    @Test
    void versionSoftDeletedThenPermanentlyDeleted(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = freshSubject();
        registry.register(subject, V1, "AVRO");
        registry.register(subject, V2, "AVRO");

        assertThat(registry.deleteVersion(subject, 1, false)).isEqualTo(1);

        assertThat(registry.versions(subject)).containsExactly(2);
        assertThat(registry.versions(subject, true)).containsExactly(1, 2);
        assertThat(AvroSchemas.parse(registry.schema(subject, "1", true).schema())).isEqualTo(AvroSchemas.parse(V1));
        assertThat(registry.deleteVersion(subject, 1, true)).isEqualTo(1);
        assertThat(registry.versions(subject, true)).containsExactly(2);
    }

    @Test
    void permanentDeleteBeforeSoftDeleteIsAConflictThatSaysWhatToDo(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = freshSubject();
        registry.register(subject, V1, "AVRO");

        assertThatThrownBy(() -> registry.deleteVersion(subject, 1, true))
                .asInstanceOf(type(RegistryException.class))
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.CONFLICT);
                    assertThat(e.getMessage()).contains("must be soft-deleted before");
                });
        assertThatThrownBy(() -> registry.deleteSubject(subject, true))
                .asInstanceOf(type(RegistryException.class))
                .extracting(RegistryException::kind).isEqualTo(Kind.CONFLICT);
        assertThat(registry.versions(subject)).containsExactly(1);
    }

    @Test
    void subjectSoftDeletedIsListedOnlyWithDeletedThenGoneAfterPermanentDelete(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = freshSubject();
        registry.register(subject, V1, "AVRO");

        assertThat(registry.deleteSubject(subject, false)).containsExactly(1);
        assertThat(registry.subjects()).doesNotContain(subject);
        assertThat(registry.subjects(true)).contains(subject);
        assertThat(registry.deleteSubject(subject, true)).containsExactly(1);

        assertThat(registry.subjects(true)).doesNotContain(subject);
    }

    @Test
    void incompatibleRegisterIsRefusedWithTheRegistrysReasons(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = freshSubject();
        registry.register(subject, V1, "AVRO");
        registry.setCompatibilityLevel(subject, "BACKWARD");

        assertThatThrownBy(() -> registry.register(subject, V2_NO_DEFAULT, "AVRO"))
                .asInstanceOf(type(RegistryException.class))
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INCOMPATIBLE);
                    assertThat(e.getMessage()).contains("qty").doesNotContain("RuleViolationException");
                });
        assertThat(registry.versions(subject)).containsExactly(1);
    }

    @Test
    void subjectLevelOverridesAndResetReturnsToTheGlobalLevel(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = freshSubject();
        registry.register(subject, V1, "AVRO");
        String global = registry.compatibilityLevel(null);

        registry.setCompatibilityLevel(subject, "FULL");
        assertThat(registry.subjectCompatibilityLevel(subject)).contains("FULL");
        assertThat(registry.compatibilityLevel(subject)).isEqualTo("FULL");
        assertThat(registry.compatibilityLevels(List.of(subject))).containsEntry(subject, "FULL");

        registry.deleteCompatibilityLevel(subject);
        assertThat(registry.subjectCompatibilityLevel(subject)).isEmpty();
        assertThat(registry.compatibilityLevel(subject)).isEqualTo(global);
    }

    @Test
    void globalLevelIsSetAndRestored(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String before = registry.compatibilityLevel(null);
        String other = before.equals("FORWARD") ? "BACKWARD" : "FORWARD";
        try {
            registry.setCompatibilityLevel(null, other);

            assertThat(registry.compatibilityLevel(null)).isEqualTo(other);
        } finally {
            registry.setCompatibilityLevel(null, before);
        }
        assertThat(registry.compatibilityLevel(null)).isEqualTo(before);
    }

    @Test
    void referencesAreRegisteredReadBackAndResolvable(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String addressSubject = "life-" + UUID.randomUUID() + "-address";
        String address = "{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"io.partita.ref\",\"fields\":["
                + "{\"name\":\"city\",\"type\":\"string\"}]}";
        String customer = "{\"type\":\"record\",\"name\":\"Customer\",\"namespace\":\"io.partita.ref\",\"fields\":["
                + "{\"name\":\"home\",\"type\":\"io.partita.ref.Address\"}]}";
        int addressId = registry.register(addressSubject, address, "AVRO");
        String subject = freshSubject();
        SchemaReference ref = new SchemaReference("io.partita.ref.Address", addressSubject, 1);

        int id = registry.register(subject, customer, "AVRO", List.of(ref));

        RegisteredSchema latest = registry.schema(subject, "latest");
        assertThat(latest.id()).isEqualTo(id);
        assertThat(latest.references()).containsExactly(ref);
        assertThat(registry.referencedBy(addressSubject, 1)).containsExactly(id);
        assertThat(addressId).isNotEqualTo(id);
        assertThatThrownBy(() -> registry.deleteVersion(addressSubject, 1, false))
                .asInstanceOf(type(RegistryException.class))
                .extracting(RegistryException::kind).isEqualTo(Kind.CONFLICT);
    }

    @Test
    void schemaTypesIncludeTheThreeConfluentTypes(Sandbox sandbox) {
        assertThat(client(sandbox).schemaTypes()).contains("AVRO", "JSON", "PROTOBUF");
    }

    @Test
    void latestSchemasOfManySubjectsComeInOneCall(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String subject = freshSubject();
            registry.register(subject, V1, "AVRO");
            if (i % 3 == 0) {
                registry.register(subject, V2, "AVRO");
            }
            subjects.add(subject);
        }
        subjects.add("life-never-registered-" + UUID.randomUUID());

        Map<String, RegisteredSchema> latest = registry.latestSchemas(subjects);

        assertThat(latest.keySet()).containsExactlyElementsOf(subjects.subList(0, 12));
        assertThat(latest.get(subjects.get(0)).version()).isEqualTo(2);
        assertThat(latest.get(subjects.get(1)).version()).isEqualTo(1);
        assertThat(latest.get(subjects.get(1)).schemaType()).isEqualTo("AVRO");
        assertThat(registry.compatibilityLevels(subjects.subList(0, 12))).hasSize(12);
    }

    @Test
    void apicurioIsRecognisedAsSuch(Sandbox sandbox) {
        assertThat(client(sandbox).flavor()).isEqualTo(RegistryFlavor.APICURIO);
    }
}

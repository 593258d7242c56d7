package io.partita.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.partita.model.CompatibilityResult;
import io.partita.model.Credentials;
import io.partita.model.RegisteredSchema;
import io.partita.model.RegistryConfig;
import io.partita.sandbox.Sandbox;
import io.partita.schema.RegistryException.Kind;
import io.partita.testkit.SandboxExtension;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry client against the sandbox's real Apicurio registry (its Confluent-compatible API). */
@ExtendWith(SandboxExtension.class)
class HttpSchemaRegistryClientTest {

    private static final String V1 = record("");
    /** Adds a field with a default: backward compatible. */
    private static final String V2_WITH_DEFAULT = record(",{\"name\":\"note\",\"type\":\"string\",\"default\":\"\"}");
    /** Adds a field without a default: old data cannot be read, so not backward compatible. */
    private static final String V2_WITHOUT_DEFAULT = record(",{\"name\":\"qty\",\"type\":\"int\"}");

    private static String record(String extraFields) {
        return "{\"type\":\"record\",\"name\":\"Sample\",\"namespace\":\"io.partita.test\",\"fields\":["
                + "{\"name\":\"id\",\"type\":\"string\"}" + extraFields + "]}";
    }

    private static SchemaRegistryClient client(Sandbox sandbox) {
        return HttpSchemaRegistryClient.create(RegistryConfig.of(sandbox.registryUrl().orElseThrow()),
                Credentials.none(), Duration.ofSeconds(10));
    }

    /** Each test gets its own subject: the sandbox registry is shared by every test class. */
    private static String freshSubject() {
        return "test-" + UUID.randomUUID() + "-value";
    }

    @Test
    void registeredSchemasCanBeReadBySubjectVersionAndId(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = freshSubject();

        int id1 = registry.register(subject, V1, "AVRO");
        int id2 = registry.register(subject, V2_WITH_DEFAULT, "AVRO");

        assertThat(id2).isNotEqualTo(id1);
        assertThat(registry.subjects()).contains(subject);
        assertThat(registry.versions(subject)).containsExactly(1, 2);
        RegisteredSchema latest = registry.schema(subject, "latest");
        assertThat(latest.version()).isEqualTo(2);
        assertThat(latest.id()).isEqualTo(id2);
        assertThat(latest.subject()).isEqualTo(subject);
        assertThat(AvroSchemas.parse(latest.schema())).isEqualTo(AvroSchemas.parse(V2_WITH_DEFAULT));
        assertThat(registry.schema(subject, "1").id()).isEqualTo(id1);
        RegisteredSchema byId = registry.schemaById(id1);
        assertThat(byId.schemaType()).isEqualTo("AVRO");
        assertThat(AvroSchemas.parse(byId.schema())).isEqualTo(AvroSchemas.parse(V1));
    }

    @Test
    void registeringTheSameSchemaTwiceReturnsTheSameId(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = freshSubject();

        int first = registry.register(subject, V1, "AVRO");

        assertThat(registry.register(subject, V1, "AVRO")).isEqualTo(first);
        assertThat(registry.versions(subject)).containsExactly(1);
    }

    @Test
    void lookupFindsTheRegisteredVersionOfASchema(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = freshSubject();
        int id = registry.register(subject, V1, "AVRO");
        registry.register(subject, V2_WITH_DEFAULT, "AVRO");

        RegisteredSchema found = registry.lookup(subject, V1, "AVRO").orElseThrow();

        assertThat(found.id()).isEqualTo(id);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.subject()).isEqualTo(subject);
    }

    @Test
    void lookupOfASchemaNotUnderTheSubjectIsEmpty(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = freshSubject();
        registry.register(subject, V1, "AVRO");

        assertThat(registry.lookup(subject, V2_WITH_DEFAULT, "AVRO")).isEmpty();
        assertThat(registry.lookup(freshSubject(), V1, "AVRO")).isEmpty();
    }

    @Test
    void incompatibleChangeIsRejectedWithTheRegistrysReason(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = freshSubject();
        registry.register(subject, V1, "AVRO");
        registry.setCompatibilityLevel(subject, "BACKWARD");

        assertThatThrownBy(() -> registry.register(subject, V2_WITHOUT_DEFAULT, "AVRO"))
                .asInstanceOf(type(RegistryException.class))
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INCOMPATIBLE);
                    assertThat(e.httpStatus()).isEqualTo(409);
                    // Apicurio names the offending field in its message ("qty at /fields/1").
                    assertThat(e.getMessage()).contains("incompatible").contains("qty").contains(registry.baseUrl());
                });
        assertThat(registry.versions(subject)).containsExactly(1);
    }

    @Test
    void compatibilityCheckTellsCompatibleFromIncompatible(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = freshSubject();
        registry.register(subject, V1, "AVRO");
        registry.setCompatibilityLevel(subject, "BACKWARD");

        CompatibilityResult bad = registry.checkCompatibility(subject, "latest", V2_WITHOUT_DEFAULT, "AVRO");
        CompatibilityResult good = registry.checkCompatibility(subject, "1", V2_WITH_DEFAULT, "AVRO");

        assertThat(bad.compatible()).isFalse();
        assertThat(good.compatible()).isTrue();
    }

    @Test
    void unknownSchemaIdIsNotFoundAndSaysWhichIdAndRegistry(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);

        assertThatThrownBy(() -> registry.schemaById(987_654))
                .asInstanceOf(type(RegistryException.class))
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
                    assertThat(e.errorCode()).isEqualTo(40403);
                    assertThat(e.getMessage())
                            .isEqualTo("schema id 987654 not found in the registry at " + registry.baseUrl());
                });
    }

    @Test
    void unknownSubjectIsNotFoundAndNamesTheSubject(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = freshSubject();

        assertThatThrownBy(() -> registry.versions(subject))
                .asInstanceOf(type(RegistryException.class))
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
                    assertThat(e.getMessage()).startsWith("subject '" + subject + "' not found in the registry at ");
                });
    }

    @Test
    void unknownVersionIsNotFoundAndNamesTheVersion(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = freshSubject();
        registry.register(subject, V1, "AVRO");

        assertThatThrownBy(() -> registry.schema(subject, "7"))
                .asInstanceOf(type(RegistryException.class))
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
                    assertThat(e.getMessage()).startsWith("version 7 of subject '" + subject + "' not found");
                });
    }

    @Test
    void invalidSchemaIsRejectedAsInvalid(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);

        assertThatThrownBy(() -> registry.register(freshSubject(), "{\"type\":\"recor", "AVRO"))
                .asInstanceOf(type(RegistryException.class))
                .extracting(RegistryException::kind)
                .isEqualTo(Kind.INVALID_SCHEMA);
    }

    @Test
    void subjectNamesWithSlashesAndSpacesAreEncoded(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = "team a/orders " + UUID.randomUUID();

        int id = registry.register(subject, V1, "AVRO");

        assertThat(registry.subjects()).contains(subject);
        assertThat(registry.schema(subject, "latest").id()).isEqualTo(id);
    }

    @Test
    void subjectCompatibilityLevelCanBeSetAndReadBack(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String subject = freshSubject();
        registry.register(subject, V1, "AVRO");

        registry.setCompatibilityLevel(subject, "forward_transitive");

        assertThat(registry.compatibilityLevel(subject)).isEqualTo("FORWARD_TRANSITIVE");
    }

    @Test
    void subjectWithoutItsOwnLevelInheritsTheGlobalOne(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String original = registry.compatibilityLevel(null);
        String subject = freshSubject();
        registry.register(subject, V1, "AVRO");
        try {
            // A global level other than NONE: Apicurio answers NONE for an unset subject level otherwise.
            registry.setCompatibilityLevel(null, "FULL");

            assertThat(registry.compatibilityLevel(subject)).isEqualTo("FULL");
            assertThat(registry.compatibilityLevel(freshSubject())).isEqualTo("FULL");
        } finally {
            registry.setCompatibilityLevel(null, original);
        }
    }

    @Test
    void globalCompatibilityLevelCanBeSetAndReadBack(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);
        String original = registry.compatibilityLevel(null);
        String other = original.equals("BACKWARD_TRANSITIVE") ? "FORWARD" : "BACKWARD_TRANSITIVE";
        try {
            registry.setCompatibilityLevel(null, other);

            assertThat(registry.compatibilityLevel(null)).isEqualTo(other);
        } finally {
            registry.setCompatibilityLevel(null, original);
        }
    }

    @Test
    void unknownCompatibilityLevelIsRefusedBeforeAskingTheRegistry(Sandbox sandbox) {
        SchemaRegistryClient registry = client(sandbox);

        assertThatThrownBy(() -> registry.setCompatibilityLevel(null, "SOMETIMES"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SOMETIMES").hasMessageContaining("BACKWARD");
    }

    @Test
    void apicurioRootIsNotTheRegistryApiAndTheMessageSaysWhereItIs(Sandbox sandbox) {
        String api = sandbox.registryUrl().orElseThrow();
        String root = api.substring(0, api.indexOf("/apis/"));
        SchemaRegistryClient wrong = HttpSchemaRegistryClient.create(RegistryConfig.of(root + "/"),
                Credentials.none(), Duration.ofSeconds(10));

        assertThatThrownBy(wrong::subjects)
                .asInstanceOf(type(RegistryException.class))
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(Kind.BAD_RESPONSE);
                    assertThat(e.getMessage()).contains(root + "/subjects").contains("is the URL right?")
                            .contains("For Apicurio use " + root + "/apis/ccompat/v7");
                });
    }
}

package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.sandbox.Sandbox;
import io.partita.testkit.SandboxExtension;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every change the registry service can make is refused on a read-only profile, before any request: the registry
 * stays as it was. The list below must name every public method that is not a read, so a new mutation cannot be
 * added without a refusal test.
 */
@ExtendWith(SandboxExtension.class)
class SchemaRegistryServiceReadOnlyTest {

    /** Public methods that only read; everything else is a mutation and must appear in {@link #mutations}. */
    private static final Set<String> READS = Set.of("of", "client", "allowsMutations", "subjects", "versions",
            "versionsOrNone", "latestReferences", "schema", "referencedBy", "schemaTypes", "globalCompatibility",
            "compatibility", "referencedTexts", "diff", "check");

    private static Map<String, Consumer<SchemaRegistryService>> mutations(String subject) {
        Map<String, Consumer<SchemaRegistryService>> all = new LinkedHashMap<>();
        all.put("register", s -> s.register(subject, SchemaRegistryServiceTest.V2, "AVRO", List.of()));
        all.put("deleteVersion", s -> s.deleteVersion(subject, 1, false));
        all.put("deleteVersion permanently", s -> s.deleteVersion(subject, 1, true));
        all.put("deleteSubject", s -> s.deleteSubject(subject, false));
        all.put("deleteSubject permanently", s -> s.deleteSubject(subject, true));
        all.put("setCompatibility", s -> s.setCompatibility(subject, "NONE"));
        all.put("setCompatibility global", s -> s.setCompatibility(null, "FULL"));
        all.put("resetCompatibility", s -> s.resetCompatibility(subject));
        return all;
    }

    @Test
    void everyMutationIsRefusedAndTheRegistryIsUnchanged(Sandbox sandbox) {
        String subject = "ro-" + UUID.randomUUID() + "-value";
        SchemaRegistryService writable = SchemaRegistryServiceTest.service(sandbox, false);
        writable.register(subject, SchemaRegistryServiceTest.V1, "AVRO", List.of());
        writable.setCompatibility(subject, "BACKWARD");
        String global = writable.globalCompatibility();
        SchemaRegistryService readOnly = SchemaRegistryServiceTest.service(sandbox, true);

        mutations(subject).forEach((name, mutation) -> assertThatThrownBy(() -> mutation.accept(readOnly))
                .as(name).isInstanceOf(ReadOnlyProfileException.class).hasMessageContaining("read-only"));

        assertThat(writable.versions(subject, true)).containsExactly(1);
        assertThat(writable.compatibility(subject).own()).isEqualTo("BACKWARD");
        assertThat(writable.globalCompatibility()).isEqualTo(global);
        assertThat(readOnly.allowsMutations()).isFalse();
    }

    @Test
    void theRefusalListCoversEveryPublicMethodThatIsNotARead() {
        Set<String> publicMethods = Arrays.stream(SchemaRegistryService.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName).collect(Collectors.toSet());
        Set<String> tested = mutations("s").keySet().stream().map(k -> k.split(" ")[0]).collect(Collectors.toSet());

        assertThat(publicMethods).containsAll(READS);
        Set<String> unlisted = publicMethods.stream().filter(m -> !READS.contains(m)).collect(Collectors.toSet());
        assertThat(tested).isEqualTo(unlisted);
    }
}

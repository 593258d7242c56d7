package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import io.partita.model.RegistryConfig;
import io.partita.model.SecurityConfig;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Mutating} method of every service a {@link ClusterSession} hands out (found by reflection, so a new
 * service or method is covered without touching this test), and of the {@link SchemaRegistryService}, refuses on a
 * read-only profile with {@link ReadOnlyProfileException}. The profile points at addresses where nothing listens:
 * a method that went to the network first would fail differently (refused, timed out), so passing means the guard
 * came first. {@link MutationReachabilityTest} makes sure no mutating call escapes the annotation.
 */
class ReadOnlyEnforcementTest {

    private static ClusterSession session;
    private static SchemaRegistryService registry;

    @BeforeAll
    static void openReadOnlySession() {
        ClusterProfile profile = new ClusterProfile("read-only probe", "127.0.0.1:1", SecurityConfig.plaintext(),
                Map.of(), RegistryConfig.of("http://127.0.0.1:1"), true, null);
        session = ClusterSession.open(profile, Credentials.none());
        registry = SchemaRegistryService.of(session).orElseThrow();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    /** The services of a session: its public no-argument accessors that return a type of this package. */
    private static Map<String, Object> services() throws ReflectiveOperationException {
        Map<String, Object> services = new LinkedHashMap<>();
        for (Method accessor : ClusterSession.class.getMethods()) {
            if (accessor.getParameterCount() == 0 && accessor.getReturnType().getPackage() == Mutating.class.getPackage()
                    && !accessor.getName().startsWith("new") && accessor.getDeclaringClass() == ClusterSession.class) {
                services.put("session." + accessor.getName() + "()", accessor.invoke(session));
            }
        }
        services.put("SchemaRegistryService", registry);
        return services;
    }

    @Test
    void everyMutatingMethodRefusesBeforeTouchingTheCluster() throws Exception {
        List<String> notRefused = new ArrayList<>();
        TreeSet<String> refused = new TreeSet<>();
        for (Map.Entry<String, Object> service : services().entrySet()) {
            for (Method method : service.getValue().getClass().getMethods()) {
                if (!method.isAnnotationPresent(Mutating.class)) {
                    continue;
                }
                String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
                long start = System.nanoTime();
                Throwable thrown = invoke(service.getValue(), method);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                if (thrown instanceof ReadOnlyProfileException && took.compareTo(Duration.ofSeconds(1)) < 0) {
                    refused.add(name);
                } else {
                    notRefused.add(name + " -> " + (thrown == null ? "returned normally" : thrown) + " in "
                            + took.toMillis() + " ms");
                }
            }
        }
        assertThat(notRefused).as("mutating methods that did not refuse at once").isEmpty();
        assertThat(refused).contains("TopicMutations.create", "TopicMutations.delete", "TopicMutations.addPartitions",
                "TopicMutations.deleteRecords", "ConfigAdmin.alterTopic", "ConfigAdmin.alterBroker",
                "MessageSender.send", "GroupAdmin.executeReset", "GroupAdmin.delete", "GroupAdmin.deleteOffsets",
                "ReassignmentAdmin.execute", "ReassignmentAdmin.electPreferredLeaders",
                "SchemaRegistryService.register", "SchemaRegistryService.deleteSubject",
                "SchemaRegistryService.setCompatibility", "AclAdmin.create", "AclAdmin.delete");
    }

    @Test
    void everyServiceOfTheSessionIsScanned() throws Exception {
        assertThat(services().values()).extracting(s -> s.getClass().getSimpleName())
                .contains("TopicMutations", "ConfigAdmin", "ReassignmentAdmin", "GroupAdmin", "MessageSender",
                        "AclAdmin", "SchemaRegistryService");
    }

    @Test
    void readOnlyMessageNamesTheProfileAndTheOperation() {
        Throwable thrown = invoke(session.acls(), method(AclAdmin.class, "create"));

        assertThat(thrown).hasMessage("profile 'read-only probe' is read-only: create ACLs refused");
    }

    private static Method method(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && Modifier.isPublic(m.getModifiers())) {
                return m;
            }
        }
        throw new AssertionError("no method " + name);
    }

    private static Throwable invoke(Object target, Method method) {
        try {
            method.invoke(target, Dummies.argumentsFor(method));
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            return e;
        }
    }
}

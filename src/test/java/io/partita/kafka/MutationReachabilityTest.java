package io.partita.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.partita.schema.SchemaRegistryClient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The static half of read-only enforcement (the dynamic half is {@link ReadOnlyEnforcementTest}): every call that
 * changes a cluster or a registry (Admin create/delete/alter/elect..., Producer.send, consumer commits, registry
 * register/delete/set) is reachable from outside only through a method that calls {@link MutationGuard#check}, and
 * every public method that reaches the guard is marked {@link Mutating} so the dynamic test calls it. The sandbox
 * (which writes its own demo data and users, not a profile's cluster) is exempt.
 */
class MutationReachabilityTest {

    private static final Pattern ADMIN_MUTATION = Pattern.compile(
            "(create|delete|alter|elect|remove|fence|abort|update|unregister|add|expire|renew|terminate)[A-Z].*");
    private static final Set<String> REGISTRY_MUTATIONS = Set.of("register", "deleteSubject", "deleteVersion",
            "setCompatibilityLevel", "deleteCompatibilityLevel");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.partita");
    }

    private static boolean isMutation(JavaAccess<?> call) {
        JavaClass owner = call.getTargetOwner();
        String name = call.getName();
        if (owner.isAssignableTo("org.apache.kafka.clients.admin.Admin")) {
            return ADMIN_MUTATION.matcher(name).matches();
        }
        if (owner.isAssignableTo("org.apache.kafka.clients.producer.Producer")) {
            return name.equals("send");
        }
        if (owner.isAssignableTo("org.apache.kafka.clients.consumer.Consumer")) {
            return name.equals("commitSync") || name.equals("commitAsync");
        }
        if (owner.isAssignableTo(SchemaRegistryClient.class)) {
            return REGISTRY_MUTATIONS.contains(name);
        }
        return false;
    }

    private static boolean callsGuard(JavaCodeUnit unit) {
        return unit.getMethodCallsFromSelf().stream().anyMatch(c -> c.getTargetOwner().isEquivalentTo(MutationGuard.class)
                && c.getName().equals("check"));
    }

    private static boolean exempt(JavaCodeUnit unit) {
        JavaClass owner = unit.getOwner();
        return owner.getPackageName().startsWith("io.partita.sandbox")
                || owner.isAssignableTo(SchemaRegistryClient.class); // the client implementing itself
    }

    private static boolean exposed(JavaCodeUnit unit) {
        return unit.getModifiers().contains(JavaModifier.PUBLIC)
                && unit.getOwner().getModifiers().contains(JavaModifier.PUBLIC);
    }

    @Test
    void mutatingCallsAreOnlyReachableThroughTheGuard() {
        List<String> escapes = new ArrayList<>();
        int mutations = 0;
        for (JavaClass type : classes) {
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                for (JavaAccess<?> call : unit.getMethodCallsFromSelf()) {
                    if (isMutation(call) && !exempt(unit)) {
                        mutations++;
                        unguardedEntry(unit).ifPresent(entry -> escapes.add(entry + " reaches "
                                + call.getTargetOwner().getSimpleName() + "." + call.getName() + " (in "
                                + unit.getFullName() + ") without MutationGuard.check"));
                    }
                }
            }
        }
        assertThat(mutations).as("mutating calls found (is the importer seeing the services?)").isGreaterThan(15);
        assertThat(escapes).isEmpty();
    }

    /** Walks up the callers until each path passes the guard; returns an exposed or uncalled method that did not. */
    private static java.util.Optional<String> unguardedEntry(JavaCodeUnit start) {
        Deque<JavaCodeUnit> todo = new ArrayDeque<>(List.of(start));
        Set<JavaCodeUnit> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.pop();
            if (!seen.add(unit) || callsGuard(unit) || exempt(unit)) {
                continue;
            }
            Set<JavaCodeUnit> callers = new HashSet<>();
            unit.getAccessesToSelf().forEach(access -> callers.add(access.getOrigin()));
            if (exposed(unit) || callers.isEmpty()) {
                return java.util.Optional.of(unit.getFullName());
            }
            todo.addAll(callers);
        }
        return java.util.Optional.empty();
    }

    @Test
    void publicMethodsThatPassTheGuardAreMarkedMutating() {
        List<String> unmarked = new ArrayList<>();
        for (JavaClass type : classes.that(com.tngtech.archunit.base.DescribedPredicate.describe("in kafka",
                (JavaClass c) -> c.getPackageName().equals("io.partita.kafka")))) {
            for (JavaMethod method : type.getMethods()) {
                if (exposed(method) && reachesGuard(method) && !method.isAnnotatedWith(Mutating.class)) {
                    unmarked.add(method.getFullName());
                }
            }
        }
        assertThat(unmarked).isEmpty();
    }

    /** Whether the method calls the guard itself or through methods of this package it calls. */
    private static boolean reachesGuard(JavaCodeUnit start) {
        Deque<JavaCodeUnit> todo = new ArrayDeque<>(List.of(start));
        Set<JavaCodeUnit> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.pop();
            if (!seen.add(unit)) {
                continue;
            }
            if (callsGuard(unit)) {
                return true;
            }
            unit.getMethodCallsFromSelf().stream()
                    .filter(c -> c.getTargetOwner().getPackageName().equals("io.partita.kafka"))
                    .forEach(c -> c.getTarget().resolveMember().ifPresent(todo::add));
        }
        return false;
    }
}

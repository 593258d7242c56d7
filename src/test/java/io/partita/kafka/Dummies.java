package io.partita.kafka;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Harmless argument values of any type, for calling service methods that must refuse before using them. */
final class Dummies {

    private Dummies() {
    }

    static Object[] argumentsFor(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(Dummies::of).toArray();
    }

    static Object of(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        Object number = number(type);
        if (number != null) {
            return number;
        }
        if (type == String.class) {
            return "read-only-probe";
        }
        if (type == Duration.class) {
            return Duration.ofSeconds(5);
        }
        if (type == List.class || type == Collection.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type == Optional.class) {
            return Optional.empty();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type.isRecord()) {
            return record(type);
        }
        if (type.isInterface()) {
            return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                    (proxy, m, args) -> m.getDeclaringClass() == Object.class ? objectMethod(proxy, m, args)
                            : of(m.getReturnType()));
        }
        return null;
    }

    /** Separate returns: a conditional expression would promote them all to one numeric type. */
    private static Object number(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == short.class || type == Short.class) {
            return (short) 1;
        }
        if (type == double.class || type == Double.class) {
            return 1.0;
        }
        if (type == float.class || type == Float.class) {
            return 1.0f;
        }
        if (type == byte.class || type == Byte.class) {
            return (byte) 1;
        }
        return null;
    }

    private static Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(Arrays.stream(types).map(Dummies::of).toArray());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    private static Object objectMethod(Object proxy, Method m, Object[] args) {
        return switch (m.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "dummy";
        };
    }
}

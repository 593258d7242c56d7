package io.partita.kafka;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public service method that changes the cluster or the registry. Such a method refuses with
 * {@link ReadOnlyProfileException} on a read-only profile before any network call: it calls
 * {@link MutationGuard#check} first, itself or through the method it delegates to. The read-only enforcement tests
 * find these methods by this annotation, and fail when a method that reaches a mutating Kafka or registry call is
 * public without passing the guard.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Mutating {
}

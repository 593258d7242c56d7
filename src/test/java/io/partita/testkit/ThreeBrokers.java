package io.partita.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link io.partita.sandbox.Sandbox} test parameter: resolve it to the shared cluster of one controller and
 * three brokers (ids 1, 2, 3; no registry, no demo data) instead of the shared one-node sandbox.
 *
 * <p>The cluster is shared by every test of the run. A test that stops a broker must start it again before it
 * returns, in a {@code finally} block: {@code cluster.stopBroker(2); try { ... } finally { cluster.startBroker(2); }}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ThreeBrokers {
}

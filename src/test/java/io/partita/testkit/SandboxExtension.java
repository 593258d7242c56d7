package io.partita.testkit;

import io.partita.sandbox.Sandbox;
import io.partita.sandbox.SandboxException;
import io.partita.sandbox.SandboxOptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives tests a running sandbox, started once per test JVM and shared by every test class:
 * <pre>
 * &#64;ExtendWith(SandboxExtension.class)
 * class TopicAdminTest {
 *     &#64;Test void createsTopics(Sandbox sandbox) { ... sandbox.bootstrapServers() ... }
 *     &#64;Test void survivesABrokerLoss(&#64;ThreeBrokers Sandbox cluster) { ... }
 * }
 * </pre>
 * A plain {@link Sandbox} parameter is one combined KRaft node with the schema registry and the demo data
 * (system property {@code partita.test.demoData=false} leaves the demo data out). {@link ThreeBrokers} gives one
 * controller and three brokers, no registry and no demo data. {@link SecureCluster} gives one broker with TLS and
 * SASL listeners and an authorizer. All live in the root store and are closed when the
 * run ends (and by the sandbox's shutdown hook if the run is cut short).
 *
 * <p>Shared means shared: use unique topic and group names, and a test that stops a broker must start it again
 * before returning (see {@link ThreeBrokers}).
 */
public final class SandboxExtension implements ParameterResolver {

    /** {@code -Dpartita.test.demoData=false}: no demo data in the shared sandbox. */
    public static final String DEMO_DATA_PROPERTY = "partita.test.demoData";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            SandboxExtension.class);
    private static final Logger LOG = LoggerFactory.getLogger(SandboxExtension.class);

    private enum Kind { ONE_NODE, THREE_BROKERS, SECURE }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Sandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Kind kind = parameter.isAnnotated(ThreeBrokers.class) ? Kind.THREE_BROKERS
                : parameter.isAnnotated(SecureCluster.class) ? Kind.SECURE : Kind.ONE_NODE;
        // The root store lives as long as the whole run and closes AutoCloseable values at its end.
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(kind, SandboxExtension::start,
                Sandbox.class);
    }

    private static Sandbox start(Kind kind) {
        SandboxOptions options = switch (kind) {
            case THREE_BROKERS -> new SandboxOptions(3, false, false, null, false);
            case SECURE -> SandboxOptions.secureBroker();
            case ONE_NODE -> new SandboxOptions(1, true, demoData(), null, false);
        };
        try {
            Sandbox sandbox = Sandbox.start(options, step -> LOG.info("{} sandbox: {}", kind, step));
            LOG.info("{} sandbox up in {} ms: {}", kind, sandbox.startupTime().toMillis(), sandbox);
            return sandbox;
        } catch (SandboxException e) {
            String hint = options.demoData() ? " (-D" + DEMO_DATA_PROPERTY + "=false starts it without demo data)" : "";
            throw new ParameterResolutionException("the " + kind + " test sandbox did not start" + hint + ": "
                    + e.getMessage(), e);
        }
    }

    private static boolean demoData() {
        return !"false".equalsIgnoreCase(System.getProperty(DEMO_DATA_PROPERTY, "true").strip());
    }
}

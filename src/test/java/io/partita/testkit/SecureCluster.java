package io.partita.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link io.partita.sandbox.Sandbox} test parameter: resolve it to the shared one-broker sandbox with secure
 * listeners (SASL_SSL with SCRAM-SHA-512, mutual TLS, two listeners with bad certificates), the StandardAuthorizer
 * and SCRAM users; see {@link io.partita.sandbox.SecureEndpoints} and {@link SecureProfiles}. Its PLAINTEXT
 * listener ({@code bootstrapServers()}) is almighty; everything else is denied unless an ACL allows it.
 *
 * <p>Shared by every test of the run: use unique resource names, and delete the ACLs a test creates.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface SecureCluster {
}

package io.partita.profile;

import io.partita.model.ClusterProfile;
import io.partita.model.RegistryAuth;
import io.partita.model.SecretKind;
import io.partita.model.SecurityConfig;
import java.util.EnumSet;
import java.util.Set;

/** Which secrets a profile's settings can use, so a profile that needs none never unlocks a store. Pure. */
public final class SecretNeeds {

    private SecretNeeds() {
    }

    public static Set<SecretKind> of(ClusterProfile profile) {
        Set<SecretKind> kinds = EnumSet.noneOf(SecretKind.class);
        SecurityConfig sec = profile.security();
        if (sec.protocol().usesSasl()) {
            kinds.add(SecretKind.SASL_JAAS_CONFIG);
            String m = sec.saslMechanism() == null ? "" : sec.saslMechanism();
            if (m.equals("PLAIN") || m.startsWith("SCRAM")) {
                kinds.add(SecretKind.SASL_PASSWORD);
            } else if (m.equals(SecurityConfig.OAUTHBEARER)) {
                kinds.add(SecretKind.OAUTH_CLIENT_SECRET);
            }
        }
        if (sec.protocol().usesTls()) {
            kinds.addAll(EnumSet.of(SecretKind.TRUSTSTORE_PASSWORD, SecretKind.KEYSTORE_PASSWORD, SecretKind.KEY_PASSWORD));
        }
        if (profile.registry().isConfigured()) {
            if (profile.registry().auth() == RegistryAuth.BASIC) {
                kinds.add(SecretKind.REGISTRY_PASSWORD);
            } else if (profile.registry().auth() == RegistryAuth.BEARER) {
                kinds.add(SecretKind.REGISTRY_TOKEN);
            }
            if (profile.registry().url().toLowerCase(java.util.Locale.ROOT).startsWith("https://")) {
                kinds.add(SecretKind.REGISTRY_TRUSTSTORE_PASSWORD);
                kinds.add(SecretKind.REGISTRY_KEYSTORE_PASSWORD);
            }
        }
        return kinds;
    }
}

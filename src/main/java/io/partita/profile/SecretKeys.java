package io.partita.profile;

import java.util.Locale;

/** Client property keys whose values may be secrets, and so never belong in a profile file. Pure. */
public final class SecretKeys {

    private SecretKeys() {
    }

    public static boolean isSensitive(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("secret") || k.contains("jaas") || k.contains("token")
                || k.equals("ssl.keystore.key") || k.equals("ssl.key.pem") || k.contains("user.info")
                || k.contains("passphrase");
    }
}

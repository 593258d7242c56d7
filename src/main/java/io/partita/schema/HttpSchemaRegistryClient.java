package io.partita.schema;

import io.partita.model.Credentials;
import io.partita.model.RegistryConfig;
import java.time.Duration;

/** {@link SchemaRegistryClient} over java.net.http + Jackson. Thread-safe. */
public final class HttpSchemaRegistryClient {

    /** @param requestTimeout bound on every request (connect + answer) */
    public static SchemaRegistryClient create(RegistryConfig config, Credentials credentials, Duration requestTimeout) {
        throw new UnsupportedOperationException("registry client: work in progress");
    }

    private HttpSchemaRegistryClient() {
    }
}

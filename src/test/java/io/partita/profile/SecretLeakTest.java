package io.partita.profile;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import io.partita.async.DirectTaskRunner;
import io.partita.kafka.ConnectionTester;
import io.partita.kafka.ProfileExport;
import io.partita.model.ClusterProfile;
import io.partita.model.RegistryAuth;
import io.partita.model.SecurityProtocol;
import io.partita.ui.profiles.ProfileEditorViewModel;
import io.partita.ui.profiles.ProfileForm;
import io.partita.ui.profiles.ProfileServices;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Saves profiles with secrets the way the app does (editor, encrypted store, export, a failing connection test
 * that makes Kafka log), then looks for every secret value in every file of the config dir and in every log file
 * logback writes. None may be found.
 */
class SecretLeakTest {

    @TempDir
    Path configDir;

    private final List<String> secrets = new ArrayList<>();

    private String secret(String label) {
        String value = label + "-" + UUID.randomUUID();
        secrets.add(value);
        return value;
    }

    @Test
    void noSecretReachesAnyFileOfTheConfigDirOrTheLog() throws Exception {
        AppSecretStore store = new AppSecretStore(() -> new EncryptedFileSecretStore(configDir));
        String master = secret("master");
        store.unlock(master.toCharArray());
        ProfileServices services = new ProfileServices(new DirectTaskRunner(), new ProfileStore(configDir), store,
                ConnectionTester::test);

        ProfileEditorViewModel scram = ProfileEditorViewModel.forNew(services, List.of());
        ProfileForm f = scram.form();
        f.nameProperty().set("scram");
        f.bootstrapServersProperty().set("127.0.0.1:" + deadPort());
        f.protocolProperty().set(SecurityProtocol.SASL_SSL);
        f.saslMechanismProperty().set("SCRAM-SHA-512");
        f.saslUsernameProperty().set("alice");
        f.saslPasswordProperty().set(secret("sasl"));
        f.truststorePathProperty().set(configDir.resolve("missing-trust.p12").toString());
        f.truststorePasswordProperty().set(secret("trust"));
        f.security().keystorePathProperty().set(configDir.resolve("missing-client.p12").toString());
        f.security().keystorePasswordProperty().set(secret("keystore"));
        f.security().keyPasswordProperty().set(secret("key"));
        f.registryUrlProperty().set("https://127.0.0.1:" + deadPort());
        f.registryAuthProperty().set(RegistryAuth.BASIC);
        f.registryUsernameProperty().set("reg");
        f.registrySecretProperty().set(secret("registry"));
        scram.testConnectionCommand().execute();
        scram.saveCommand().execute();
        assertThat(scram.savedProperty().get()).isNotNull();

        ProfileEditorViewModel oauth = ProfileEditorViewModel.forNew(services, List.of("scram"));
        oauth.form().nameProperty().set("oauth");
        oauth.form().bootstrapServersProperty().set("127.0.0.1:" + deadPort());
        oauth.form().protocolProperty().set(SecurityProtocol.SASL_PLAINTEXT);
        oauth.form().saslMechanismProperty().set("OAUTHBEARER");
        oauth.form().security().tokenUrlProperty().set("http://127.0.0.1:" + deadPort() + "/token");
        oauth.form().security().clientIdProperty().set("app");
        oauth.form().security().clientSecretProperty().set(secret("oauth"));
        oauth.testConnectionCommand().execute();
        oauth.saveCommand().execute();
        assertThat(oauth.savedProperty().get()).isNotNull();

        // An export without secrets lands in the config dir too; then the store is read back as the app would.
        ClusterProfile saved = services.store().find("scram").orElseThrow();
        Files.writeString(configDir.resolve("scram.properties"),
                ProfileExport.clientProperties(saved, store.load("scram"), false));
        EncryptedFileSecretStore reread = new EncryptedFileSecretStore(configDir);
        reread.unlock(master.toCharArray());
        assertThat(reread.load("scram").get(io.partita.model.SecretKind.KEY_PASSWORD)).isPresent();
        assertThat(reread.load("oauth").get(io.partita.model.SecretKind.OAUTH_CLIENT_SECRET)).isPresent();

        List<Path> scanned = new ArrayList<>(filesUnder(configDir));
        scanned.addAll(logFiles());
        assertThat(scanned).anyMatch(p -> p.getFileName().toString().equals("profiles.json"))
                .anyMatch(p -> p.getFileName().toString().equals(EncryptedFileSecretStore.FILE_NAME));
        assertThat(logFiles()).as("logback file appenders").isNotEmpty();
        for (Path file : scanned) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String value : secrets) {
                assertThat(text).as("%s must not contain a secret", file).doesNotContain(value);
            }
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static List<Path> logFiles() {
        List<Path> files = new ArrayList<>();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (ch.qos.logback.classic.Logger logger : context.getLoggerList()) {
            for (Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> it = logger.iteratorForAppenders();
                    it.hasNext(); ) {
                if (it.next() instanceof FileAppender<?> file && file.getFile() != null) {
                    files.add(Path.of(file.getFile()));
                }
            }
        }
        return files;
    }

    private static int deadPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

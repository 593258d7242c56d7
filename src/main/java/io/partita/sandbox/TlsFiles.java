package io.partita.sandbox;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * PKCS12 stores for a secure sandbox, made at run time with the JDK's own {@code keytool} (the one beside the
 * running java): a CA, broker certificates signed by it (a good one with SAN 127.0.0.1/localhost, an expired one,
 * one for another host name), a client certificate for mutual TLS, a truststore with the CA, and a truststore
 * with an unrelated CA only (for "untrusted certificate" cases). One random password protects every store; it is
 * passed to keytool on its command line and never logged.
 *
 * <p>Blocking, bounded: each keytool run is given {@link #STEP_TIMEOUT}. The three leaf chains are made in
 * parallel: each keytool run is a JVM start, and that is what costs.
 */
final class TlsFiles {

    static final Duration STEP_TIMEOUT = Duration.ofSeconds(60);
    static final String CLIENT_CN = "partita-client";
    private static final String TYPE = "PKCS12";
    private static final String GOOD_SAN = "SAN=ip:127.0.0.1,dns:localhost";

    private final Path dir;
    private final String password;

    private TlsFiles(Path dir, String password) {
        this.dir = dir;
        this.password = password;
    }

    /** Makes every store in {@code dir}; takes a few seconds. */
    static TlsFiles generate(Path dir) throws SandboxException {
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        TlsFiles files = new TlsFiles(dir, HexFormat.of().formatHex(random));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new SandboxException("cannot create " + dir + ": " + e.getMessage(), e);
        }
        files.make();
        return files;
    }

    Path truststore() {
        return dir.resolve("truststore.p12");
    }

    Path untrustedTruststore() {
        return dir.resolve("other-truststore.p12");
    }

    Path brokerKeystore() {
        return dir.resolve("broker.p12");
    }

    Path expiredKeystore() {
        return dir.resolve("expired.p12");
    }

    Path wrongHostKeystore() {
        return dir.resolve("wronghost.p12");
    }

    Path clientKeystore() {
        return dir.resolve("client.p12");
    }

    String password() {
        return password;
    }

    String type() {
        return TYPE;
    }

    private void make() throws SandboxException {
        keytool("-genkeypair", "-alias", "ca", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Partita Sandbox CA", "-ext", "bc:c", "-validity", "30",
                "-keystore", path("ca.p12"), "-storetype", TYPE, "-storepass", password);
        keytool("-exportcert", "-rfc", "-alias", "ca", "-keystore", path("ca.p12"), "-storepass", password,
                "-file", path("ca.pem"));
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            runAll(pool, List.of(
                () -> keytool("-importcert", "-noprompt", "-alias", "ca", "-file", path("ca.pem"),
                        "-keystore", truststore().toString(), "-storetype", TYPE, "-storepass", password),
                () -> leaf("broker", "CN=localhost", GOOD_SAN, null, "30"),
                () -> leaf("client", "CN=" + CLIENT_CN, null, null, "30"),
                () -> leaf("expired", "CN=localhost", GOOD_SAN, "-10d", "2"),
                () -> leaf("wronghost", "CN=elsewhere.invalid", "SAN=dns:elsewhere.invalid", null, "30"),
                this::otherCa));
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runAll(ExecutorService pool, List<Step> steps) throws SandboxException {
        List<Future<?>> running = new ArrayList<>();
        for (Step step : steps) {
            running.add(pool.submit(() -> {
                step.run();
                return null;
            }));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SandboxException("interrupted while making the sandbox's certificates", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SandboxException cause) {
                    throw cause;
                }
                throw new SandboxException("cannot make the sandbox's certificates: " + e.getCause(), e.getCause());
            }
        }
    }

    /** A key pair signed by the CA, stored with its chain in {@code <name>.p12}. */
    private void leaf(String name, String dname, String san, String startDate, String validityDays)
            throws SandboxException {
        String store = path(name + ".p12");
        keytool("-genkeypair", "-alias", name, "-keyalg", "EC", "-groupname", "secp256r1", "-dname", dname,
                "-validity", "30", "-keystore", store, "-storetype", TYPE, "-storepass", password);
        keytool("-certreq", "-alias", name, "-keystore", store, "-storepass", password, "-file", path(name + ".csr"));
        List<String> sign = new ArrayList<>(List.of("-gencert", "-rfc", "-alias", "ca", "-keystore", path("ca.p12"),
                "-storepass", password, "-infile", path(name + ".csr"), "-outfile", path(name + ".pem"),
                "-validity", validityDays, "-ext", "EKU=serverAuth,clientAuth"));
        if (san != null) {
            sign.addAll(List.of("-ext", san));
        }
        if (startDate != null) {
            sign.addAll(List.of("-startdate", startDate));
        }
        keytool(sign.toArray(String[]::new));
        keytool("-importcert", "-noprompt", "-alias", "ca", "-file", path("ca.pem"), "-keystore", store,
                "-storepass", password);
        keytool("-importcert", "-noprompt", "-alias", name, "-file", path(name + ".pem"), "-keystore", store,
                "-storepass", password);
    }

    /** A CA the sandbox never uses: a truststore holding only it trusts nothing the broker shows. */
    private void otherCa() throws SandboxException {
        keytool("-genkeypair", "-alias", "other", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=Unrelated CA", "-ext", "bc:c", "-validity", "30",
                "-keystore", path("other-ca.p12"), "-storetype", TYPE, "-storepass", password);
        keytool("-exportcert", "-rfc", "-alias", "other", "-keystore", path("other-ca.p12"), "-storepass", password,
                "-file", path("other-ca.pem"));
        keytool("-importcert", "-noprompt", "-alias", "other", "-file", path("other-ca.pem"),
                "-keystore", untrustedTruststore().toString(), "-storetype", TYPE, "-storepass", password);
    }

    private String path(String file) {
        return dir.resolve(file).toString();
    }

    private void keytool(String... args) throws SandboxException {
        List<String> command = new ArrayList<>();
        command.add(ChildJvm.javaExecutable().resolveSibling(isWindows() ? "keytool.exe" : "keytool").toString());
        // A short-lived JVM: C1 only starts it faster.
        command.add("-J-XX:TieredStopAtLevel=1");
        command.add("-J-XX:+UseSerialGC");
        command.addAll(List.of(args));
        Path log = dir.resolve("keytool-" + Thread.currentThread().getId() + ".log");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(STEP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new SandboxException("keytool " + args[0] + " did not finish within "
                        + STEP_TIMEOUT.toSeconds() + " s; see " + log);
            }
            if (process.exitValue() != 0) {
                throw new SandboxException("keytool " + args[0] + " failed with exit code " + process.exitValue()
                        + ": " + Files.readString(log, StandardCharsets.UTF_8).strip() + " (see " + log + ")");
            }
        } catch (IOException e) {
            throw new SandboxException("cannot run keytool: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxException("interrupted while making the sandbox's certificates", e);
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }

    @FunctionalInterface
    private interface Step {
        void run() throws SandboxException;
    }
}

package io.partita.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;

/**
 * The app's classes that run inside the children ({@link ParentWatch}, {@link StorageFormatMain}), alone in a small
 * jar for the children's classpath (never the app's jar: its dependencies would clash with the broker's). The jar is
 * named after the classes' bytes and written once, so its path, size and time stay the same from start to start,
 * as a class data archive of that classpath requires.
 */
final class ChildJar {

    private static final List<Class<?>> CLASSES = List.of(ParentWatch.class, StorageFormatMain.class);

    private ChildJar() {
    }

    /** The jar in {@code dir}, written now unless an identical one is there already. */
    static Path install(Path dir) throws SandboxException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (Class<?> type : CLASSES) {
            byte[] bytes = classBytes(type);
            entries.put(type.getName().replace('.', '/') + ".class", bytes);
            all.writeBytes(bytes);
        }
        Path jar = dir.resolve("partita-child-" + shortHash(all.toByteArray()) + ".jar");
        if (Files.isRegularFile(jar)) {
            return jar;
        }
        try {
            Files.createDirectories(dir);
            // Written aside and moved, so a sandbox starting at the same time never sees half a jar.
            Path temp = Files.createTempFile(dir, "partita-child-", ".tmp");
            try (OutputStream file = Files.newOutputStream(temp); JarOutputStream out = new JarOutputStream(file)) {
                for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                    out.putNextEntry(new ZipEntry(entry.getKey()));
                    out.write(entry.getValue());
                    out.closeEntry();
                }
            }
            Files.move(temp, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return jar;
        } catch (IOException e) {
            throw new SandboxException("cannot write " + jar + ": " + e.getMessage(), e);
        }
    }

    private static byte[] classBytes(Class<?> type) throws SandboxException {
        String resource = type.getSimpleName() + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SandboxException("cannot find " + resource + " in the app");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SandboxException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    static String shortHash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

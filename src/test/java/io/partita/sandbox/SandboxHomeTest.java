package io.partita.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxHomeTest {

    @TempDir
    Path temp;

    @Test
    void missingBrokerJarsFailWithAHintToBuildFirst() {
        String before = System.getProperty(SandboxHome.PROPERTY);
        System.setProperty(SandboxHome.PROPERTY, temp.resolve("nowhere").toString());
        try {
            assertThatThrownBy(() -> Sandbox.start(new SandboxOptions(1, false, false, null, false), null))
                    .isInstanceOf(SandboxException.class)
                    .hasMessageContaining(temp.resolve("nowhere").resolve("kafka").toString())
                    .hasMessageContaining("mvn package");
        } finally {
            if (before == null) {
                System.clearProperty(SandboxHome.PROPERTY);
            } else {
                System.setProperty(SandboxHome.PROPERTY, before);
            }
        }
    }

    @Test
    void missingRegistryFailsBeforeAnythingStarts() throws Exception {
        Files.createDirectories(temp.resolve("kafka"));
        Files.createFile(temp.resolve("kafka").resolve("kafka_2.13-4.3.1.jar"));
        SandboxHome home = new SandboxHome(temp);

        home.requireKafka();
        assertThatThrownBy(home::requireRegistry)
                .isInstanceOf(SandboxException.class)
                .hasMessageContaining(SandboxHome.REGISTRY_JAR)
                .hasMessageContaining("mvn package");
    }

    @Test
    void homeIsTheSandboxFolderBesideTheJarWhenItExists() throws Exception {
        Files.createDirectories(temp.resolve("target").resolve("sandbox"));

        assertThat(SandboxHome.besideCode(temp.resolve("target").resolve("partita.jar")))
                .isEqualTo(temp.resolve("target").resolve("sandbox"));
        assertThat(SandboxHome.besideCode(temp.resolve("target").resolve("classes")))
                .isEqualTo(temp.resolve("target").resolve("sandbox"));
    }

    @Test
    void homeIsOneLevelUpWhenNothingIsBesideTheJar() {
        assertThat(SandboxHome.besideCode(temp.resolve("app").resolve("lib").resolve("partita.jar")))
                .isEqualTo(temp.resolve("app").resolve("sandbox"));
    }
}

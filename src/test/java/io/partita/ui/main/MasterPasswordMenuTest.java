package io.partita.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.partita.async.DirectTaskRunner;
import io.partita.kafka.ConnectionTester;
import io.partita.profile.AppSecretStore;
import io.partita.profile.EncryptedFileSecretStore;
import io.partita.profile.MemorySecretStore;
import io.partita.profile.ProfileStore;
import io.partita.profile.SecretStore;
import io.partita.ui.profiles.ProfileServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Change master password…" is offered for the encrypted file only, once it has a password. */
class MasterPasswordMenuTest {

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    private MainViewModel shell(SecretStore secrets) {
        ProfileServices profiles = new ProfileServices(new DirectTaskRunner(), new ProfileStore(dir), secrets,
                ConnectionTester::test);
        MainViewModel vm = new MainViewModel(new ShellServices(profiles, dialogs,
                new DefaultClusterConnector(Duration.ofSeconds(5)), progress -> {
                    throw new IllegalStateException("no sandbox in this test");
                }), Clock.systemDefaultZone());
        vm.load();
        return vm;
    }

    @Test
    void aKeyringOrMemoryStoreHasNoMasterPasswordToChange() {
        MainViewModel vm = shell(new MemorySecretStore());

        assertThat(vm.masterPasswordInUseProperty().get()).isFalse();
        assertThat(vm.changeMasterPasswordCommand().executableProperty().get()).isFalse();
    }

    @Test
    void theEncryptedFileOffersTheChangeOnceAPasswordWasChosen() throws Exception {
        EncryptedFileSecretStore file = new EncryptedFileSecretStore(dir);
        MainViewModel vm = shell(new AppSecretStore(() -> file));

        assertThat(vm.masterPasswordInUseProperty().get()).isTrue();
        assertThat(vm.changeMasterPasswordCommand().executableProperty().get()).isFalse();

        file.unlock("chosen".toCharArray());
        vm.refreshMasterPasswordState();
        assertThat(vm.changeMasterPasswordCommand().executableProperty().get()).isTrue();

        vm.changeMasterPasswordCommand().execute();
        assertThat(dialogs.passwordChanges).hasSize(1);
        assertThat(dialogs.passwordChanges.get(0).changeCommand().executableProperty().get()).isFalse();
    }
}

package io.partita.ui.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.partita.async.DirectTaskRunner;
import io.partita.model.Credentials;
import io.partita.model.SecretKind;
import io.partita.profile.EncryptedFileSecretStore;
import io.partita.profile.MemorySecretStore;
import io.partita.profile.SecretStore;
import io.partita.profile.WrongMasterPasswordException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeMasterPasswordViewModelTest {

    @TempDir
    Path dir;

    /** Accepts "right" as the current password and records what it was asked to do. */
    private static final class Recording implements SecretStore {
        final List<String> changes = new ArrayList<>();
        char[] lastNext;

        @Override
        public void changeMasterPassword(char[] current, char[] next) throws WrongMasterPasswordException {
            if (!new String(current).equals("right")) {
                throw new WrongMasterPasswordException();
            }
            changes.add(new String(current) + " -> " + new String(next));
            lastNext = next;
        }

        @Override
        public Credentials load(String profileName) {
            return Credentials.none();
        }

        @Override
        public void save(String profileName, Credentials credentials) {
        }

        @Override
        public void remove(String profileName) {
        }

        @Override
        public boolean persistent() {
            return true;
        }
    }

    private final Recording store = new Recording();
    private final ChangeMasterPasswordViewModel vm = new ChangeMasterPasswordViewModel(new DirectTaskRunner(), store);

    private void type(String current, String next, String repeat) {
        vm.currentProperty().set(current);
        vm.nextProperty().set(next);
        vm.repeatProperty().set(repeat);
    }

    @Test
    void aMismatchIsShownAndKeepsTheChangeDisabled() {
        type("right", "new one", "new on");

        assertThat(vm.mismatchProperty().get()).isEqualTo(ChangeMasterPasswordViewModel.MISMATCH);
        assertThat(vm.changeCommand().executableProperty().get()).isFalse();
        vm.changeCommand().execute();
        assertThat(store.changes).isEmpty();

        vm.repeatProperty().set("new one");
        assertThat(vm.mismatchProperty().get()).isNull();
        assertThat(vm.changeCommand().executableProperty().get()).isTrue();
    }

    @Test
    void nothingIsOfferedUntilEveryFieldIsFilled() {
        type("", "new", "new");
        assertThat(vm.changeCommand().executableProperty().get()).isFalse();
        assertThat(vm.mismatchProperty().get()).isNull();

        type("right", "", "");
        assertThat(vm.changeCommand().executableProperty().get()).isFalse();
    }

    @Test
    void aWrongCurrentPasswordIsShownInTheDialogAndClearedOnTheNextKeystroke() {
        type("wrong", "new", "new");

        vm.changeCommand().execute();

        assertThat(vm.errorProperty().get()).isEqualTo(ChangeMasterPasswordViewModel.WRONG_CURRENT);
        assertThat(vm.doneProperty().get()).isFalse();
        assertThat(vm.nextProperty().get()).isEqualTo("new");
        vm.currentProperty().set("right");
        assertThat(vm.errorProperty().get()).isNull();
    }

    @Test
    void aSuccessfulChangeIsDoneClearsTheFieldsAndWipesThePasswordsHandedOver() {
        type("right", "new one", "new one");

        vm.changeCommand().execute();

        assertThat(store.changes).containsExactly("right -> new one");
        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(vm.errorProperty().get()).isNull();
        assertThat(vm.currentProperty().get()).isEmpty();
        assertThat(vm.nextProperty().get()).isEmpty();
        assertThat(new String(store.lastNext)).isEqualTo("\0".repeat(7));
        assertThat(vm.changeCommand().executableProperty().get()).isFalse();
    }

    @Test
    void aStoreWithoutAMasterPasswordExplainsItself() {
        ChangeMasterPasswordViewModel keyring = new ChangeMasterPasswordViewModel(new DirectTaskRunner(),
                new MemorySecretStore());
        keyring.currentProperty().set("a");
        keyring.nextProperty().set("b");
        keyring.repeatProperty().set("b");

        keyring.changeCommand().execute();

        assertThat(keyring.errorProperty().get()).contains("no master password to change");
    }

    @Test
    void theRealFileIsReEncryptedUnderTheNewPassword() throws Exception {
        EncryptedFileSecretStore file = new EncryptedFileSecretStore(dir);
        file.unlock("old master".toCharArray());
        file.save("prod", Credentials.of(Map.of(SecretKind.SASL_PASSWORD, "prod-pw")));
        ChangeMasterPasswordViewModel real = new ChangeMasterPasswordViewModel(new DirectTaskRunner(),
                new EncryptedFileSecretStore(dir));
        real.currentProperty().set("old master");
        real.nextProperty().set("new master");
        real.repeatProperty().set("new master");

        real.changeCommand().execute();

        assertThat(real.doneProperty().get()).isTrue();
        assertThat(Files.exists(dir.resolve(EncryptedFileSecretStore.FILE_NAME))).isTrue();
        assertThatThrownBy(() -> new EncryptedFileSecretStore(dir).unlock("old master".toCharArray()))
                .isInstanceOf(WrongMasterPasswordException.class);
        EncryptedFileSecretStore reopened = new EncryptedFileSecretStore(dir);
        reopened.unlock("new master".toCharArray());
        assertThat(reopened.load("prod").get(SecretKind.SASL_PASSWORD)).contains("prod-pw");
    }
}

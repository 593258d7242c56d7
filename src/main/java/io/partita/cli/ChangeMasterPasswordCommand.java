package io.partita.cli;

import io.partita.profile.EncryptedFileSecretStore;
import io.partita.profile.SecretStore;
import io.partita.profile.WrongMasterPasswordException;
import java.io.Console;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code partita profiles change-master-password}: re-encrypts the saved passwords under a new master password.
 * Passwords come from the terminal, or without one from {@value MasterPassword#ENV} (current) and
 * {@value MasterPassword#NEW_ENV} (new); never from options, which others can read in {@code ps}.
 */
@Command(name = "change-master-password",
        description = "Change the master password of the encrypted passwords file. Asks on the terminal; without one "
                + "reads " + MasterPassword.ENV + " (current) and " + MasterPassword.NEW_ENV + " (new).")
final class ChangeMasterPasswordCommand implements Callable<Integer> {

    private final CliContext context;

    ChangeMasterPasswordCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SecretStore secrets = context.secrets();
        EncryptedFileSecretStore.State state = secrets.masterPasswordState().orElseThrow(() -> new CliFailure(
                "passwords are kept in " + secrets.description() + ", which has no master password to change"));
        if (state == EncryptedFileSecretStore.State.NO_FILE) {
            throw new CliFailure("no master password has been chosen yet: Partita asks for one the first time it "
                    + "keeps a password");
        }
        Console console = System.console();
        char[] current = MasterPassword.current(context.env(), console).orElseThrow(() -> missing("current",
                MasterPassword.ENV));
        char[] next = null;
        try {
            next = MasterPassword.next(context.env(), console)
                    .orElseThrow(() -> missing("new", MasterPassword.NEW_ENV));
            secrets.changeMasterPassword(current, next);
        } catch (WrongMasterPasswordException e) {
            throw new CliFailure("the current master password is wrong (or the file was changed meanwhile); "
                    + "nothing was changed");
        } finally {
            Arrays.fill(current, '\0');
            if (next != null) {
                Arrays.fill(next, '\0');
            }
        }
        context.out().println("Changed the master password of " + secrets.description() + ".");
        if (context.env().containsKey(MasterPassword.ENV)) {
            context.err().println("Note: " + MasterPassword.ENV + " still holds the old password; update it where it"
                    + " is set.");
        }
        return Cli.OK;
    }

    private static CliFailure missing(String which, String variable) {
        return new CliFailure("no " + which + " master password given: run the command in a terminal, or set "
                + variable);
    }
}

package io.partita.ui.main;

import io.partita.ui.common.Bind;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** File / View / Help. The items' accelerators are part of {@link Shortcut#ALL}. */
final class MainMenu extends MenuBar {

    private final MainViewModel vm;

    MainMenu(MainViewModel vm) {
        this.vm = vm;
        setId("mainMenu");
        setUseSystemMenuBar(true);
        getMenus().addAll(file(), view(), help());
    }

    private Menu file() {
        MenuItem sandbox = Bind.command(new MenuItem("Start local sandbox", new FontIcon(Material2MZ.PLAY_ARROW)),
                vm.welcome().startSandboxCommand());
        MenuItem add = Bind.command(new MenuItem("Add cluster…", new FontIcon(Material2AL.ADD)), vm.addCommand());
        add.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        MenuItem importProps = Bind.command(new MenuItem("Import client.properties…", new FontIcon(Material2AL.INPUT)),
                vm.welcome().importPropertiesCommand());
        MenuItem masterPassword = Bind.command(new MenuItem("Change master password…",
                new FontIcon(Material2AL.LOCK)), vm.changeMasterPasswordCommand());
        masterPassword.setId("changeMasterPasswordItem");
        masterPassword.visibleProperty().bind(vm.masterPasswordInUseProperty());
        SeparatorMenuItem beforeMasterPassword = new SeparatorMenuItem();
        beforeMasterPassword.visibleProperty().bind(vm.masterPasswordInUseProperty());
        MenuItem quit = new MenuItem("Quit");
        quit.setId("quitItem");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        // Same path as the window's close button: hide, then close sessions and the sandbox.
        quit.setOnAction(e -> window().fireEvent(new WindowEvent(window(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        Menu file = new Menu("File", null, sandbox, add, importProps, beforeMasterPassword, masterPassword,
                new SeparatorMenuItem(), quit);
        // Whether the secrets file exists by now (the first saved password creates it).
        file.setOnShowing(e -> vm.refreshMasterPasswordState());
        return file;
    }

    private Menu view() {
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkThemeItem");
        dark.selectedProperty().bindBidirectional(vm.darkThemeProperty());
        dark.setAccelerator(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        return new Menu("View", null, dark);
    }

    private Menu help() {
        MenuItem shortcuts = new MenuItem("Keyboard shortcuts", new FontIcon(Material2AL.KEYBOARD));
        shortcuts.setId("shortcutsItem");
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(e -> ShortcutsDialog.show(window()));
        MenuItem about = new MenuItem("About Partita", new FontIcon(Material2AL.INFO));
        about.setId("aboutItem");
        about.setOnAction(e -> AboutDialog.show(window(), vm.runner()));
        return new Menu("Help", null, shortcuts, about);
    }

    private Window window() {
        return getScene().getWindow();
    }
}

package io.partita.ui.main;

import atlantafx.base.theme.Styles;
import io.partita.ui.common.Bind;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The main window's content: menu, profile sidebar, capability tabs (or the welcome screen), status bar. */
public final class MainView extends BorderPane {

    private final MainViewModel vm;
    private final StackPane center = new StackPane();
    private WelcomeView welcome;
    private WorkspaceView workspace;

    public MainView(MainViewModel vm) {
        this.vm = vm;
        setId("mainView");
        setLeft(sidebar());
        center.setId("mainCenter");
        setCenter(center);
        setBottom(statusBar());
        setTop(new MainMenu(vm));
        // Lazy screens: the first frame needs neither, and which one comes first is known once profiles are read.
        vm.loadedProperty().addListener((obs, was, loaded) -> buildScreens());
        vm.showWelcomeProperty().addListener((obs, was, show) -> buildScreens());
        buildScreens();
    }

    private void buildScreens() {
        if (!vm.loadedProperty().get()) {
            return;
        }
        if (welcome == null && vm.showWelcomeProperty().get()) {
            welcome = new WelcomeView(vm.welcome());
            Bind.shownWhen(welcome, vm.showWelcomeProperty());
            center.getChildren().add(welcome);
        }
        if (workspace == null && !vm.showWelcomeProperty().get()) {
            workspace = new WorkspaceView(vm);
            Bind.shownWhen(workspace, vm.showWelcomeProperty().not().and(vm.loadedProperty()));
            center.getChildren().add(workspace);
        }
    }

    /** {@code null} until profiles exist: the workspace is built when first shown. */
    WorkspaceView workspace() {
        return workspace;
    }

    private VBox sidebar() {
        ListView<ProfileItem> list = profileList();
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox sidebar = new VBox(10, header(), tools(), list, connectButtons());
        sidebar.setId("sidebar");
        sidebar.getStyleClass().add("sidebar");
        sidebar.setPadding(new Insets(14, 12, 12, 12));
        sidebar.setPrefWidth(290);
        sidebar.setMinWidth(220);
        return sidebar;
    }

    private HBox header() {
        Label appName = new Label("Partita");
        appName.getStyleClass().addAll(Styles.TITLE_3, "app-name");
        Button theme = iconButton("themeToggle", Material2AL.BRIGHTNESS_6, "Switch light / dark theme",
                vm.toggleThemeCommand());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, appName, spacer, theme);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private HBox tools() {
        Label caption = new Label("CLUSTERS");
        caption.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "sidebar-caption");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox tools = new HBox(2, caption, gap,
                iconButton("addProfile", Material2AL.ADD, "Add cluster", vm.addCommand()),
                iconButton("editProfile", Material2AL.EDIT, "Edit", vm.editCommand()),
                iconButton("duplicateProfile", Material2AL.CONTENT_COPY, "Duplicate", vm.duplicateCommand()),
                iconButton("deleteProfile", Material2AL.DELETE, "Delete", vm.deleteCommand()));
        tools.setAlignment(Pos.CENTER_LEFT);
        return tools;
    }

    private HBox connectButtons() {
        Button connect = Bind.command(new Button("Connect", new FontIcon(Material2AL.LINK)), vm.connectCommand());
        connect.setId("connectButton");
        connect.getStyleClass().add(Styles.ACCENT);
        Button disconnect = Bind.command(new Button("Disconnect", new FontIcon(Material2AL.LINK_OFF)),
                vm.disconnectCommand());
        disconnect.setId("disconnectButton");
        disconnect.getStyleClass().add(Styles.BUTTON_OUTLINED);
        for (Button b : new Button[] {connect, disconnect}) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        return new HBox(8, connect, disconnect);
    }

    private ListView<ProfileItem> profileList() {
        ListView<ProfileItem> list = new ListView<>(vm.profiles());
        list.setId("profileList");
        list.getStyleClass().add("profile-list");
        list.setCellFactory(v -> new ProfileListCell());
        list.setPlaceholder(new Label("No clusters yet"));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> vm.selectedProperty().set(item));
        vm.selectedProperty().addListener((obs, old, item) -> {
            if (list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                vm.connectCommand().execute();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.connectCommand().execute();
            } else if (e.getCode() == KeyCode.DELETE) {
                vm.deleteCommand().execute();
            }
        });
        // Built on the first right-click (before the list's own handler shows it), not before the first frame.
        list.addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            if (list.getContextMenu() == null) {
                list.setContextMenu(contextMenu());
            }
        });
        return list;
    }

    private ContextMenu contextMenu() {
        return new ContextMenu(
                Bind.command(new MenuItem("Connect", new FontIcon(Material2AL.LINK)), vm.connectCommand()),
                Bind.command(new MenuItem("Disconnect", new FontIcon(Material2AL.LINK_OFF)), vm.disconnectCommand()),
                new SeparatorMenuItem(),
                Bind.command(new MenuItem("Add cluster…", new FontIcon(Material2AL.ADD)), vm.addCommand()),
                Bind.command(new MenuItem("Edit…", new FontIcon(Material2AL.EDIT)), vm.editCommand()),
                Bind.command(new MenuItem("Duplicate…", new FontIcon(Material2AL.CONTENT_COPY)), vm.duplicateCommand()),
                new SeparatorMenuItem(),
                Bind.command(new MenuItem("Delete…", new FontIcon(Material2AL.DELETE)), vm.deleteCommand()));
    }

    private HBox statusBar() {
        Region dot = new Region();
        dot.getStyleClass().addAll("state-dot", ProfileListCell.stateClass(vm.selectedStateProperty().get()));
        vm.selectedStateProperty().addListener((obs, old, state) -> {
            dot.getStyleClass().removeIf(c -> c.startsWith("state-") && !c.equals("state-dot"));
            dot.getStyleClass().add(ProfileListCell.stateClass(state));
        });
        Label status = new Label();
        status.setId("statusText");
        // One line only: a failure may carry a log tail, which belongs in the workspace, not in the status bar.
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> firstLine(vm.statusProperty().get()), vm.statusProperty()));
        status.setMinWidth(0);
        status.setWrapText(false);
        Label profiles = new Label();
        profiles.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.profiles().size()) {
            case 0 -> "No profiles";
            case 1 -> "1 profile";
            default -> vm.profiles().size() + " profiles";
        }, vm.profiles()));
        profiles.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, dot, status, spacer, profiles);
        bar.setId("statusBar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private static Button iconButton(String id, Ikon icon, String tip, io.partita.ui.common.Command command) {
        Button button = Bind.command(new Button(null, new FontIcon(icon)), command);
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        return button;
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }
}

package io.partita.ui.main;

import atlantafx.base.theme.Styles;
import io.partita.ui.common.Bind;
import io.partita.ui.overview.OverviewView;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * One tab per capability. Only the overview works in this build; the other tabs say so instead of showing
 * anything made up.
 */
final class WorkspaceView extends TabPane {

    private final MainViewModel vm;
    private final StackPane overviewSlot = new StackPane();
    private final java.util.Map<WorkspaceContext, java.util.Map<Feature, Node>> built = new java.util.HashMap<>();

    WorkspaceView(MainViewModel vm) {
        this.vm = vm;
        setId("workspace");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().add(tab("Overview", Material2AL.DASHBOARD, overviewSlot));
        for (Feature feature : Features.all()) {
            getTabs().add(featureTab(feature));
        }
        restoreTab(vm.selectedProperty().get());
        getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> {
            ProfileItem item = vm.selectedProperty().get();
            if (item != null && tab != null) {
                vm.memory().tabShown(item.name(), tab.getText());
            }
            showFeature(tab);
        });
        vm.selectedProperty().addListener((obs, old, item) -> restoreTab(item));
        vm.selectedProperty().addListener((obs, old, item) -> showFeature(getSelectionModel().getSelectedItem()));
        vm.selectedStateProperty().addListener((obs, old, st) -> showFeature(getSelectionModel().getSelectedItem()));
        vm.selectedProperty().addListener((obs, old, item) -> showOverview());
        vm.selectedStateProperty().addListener((obs, old, state) -> showOverview());
        showOverview();
        showFeature(getSelectionModel().getSelectedItem());
    }

    /** The tab this profile showed last (the overview for a profile never opened). */
    private void restoreTab(ProfileItem item) {
        String title = item == null ? null : vm.memory().tab(item.name()).orElse(null);
        Tab tab = getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElse(getTabs().get(0));
        getSelectionModel().select(tab);
    }

    private void showOverview() {
        ProfileItem item = vm.selectedProperty().get();
        Node content;
        if (item == null) {
            content = placeholder(Material2AL.ARROW_BACK, "Select a cluster on the left",
                    "Double-click a profile to connect to it.", null);
        } else {
            content = switch (item.state()) {
                case CONNECTED -> new OverviewView(item.overviewProperty().get());
                case CONNECTING -> connecting(item);
                case FAILED -> failure(item);
                case DISCONNECTED -> placeholder(Material2AL.LINK_OFF, item.name() + " is not connected",
                        item.profile().bootstrapServers(), retry("Connect"));
            };
        }
        overviewSlot.getChildren().setAll(content);
    }

    /** The reason's first line as text; a longer reason (e.g. a log tail) in a scrollable box below it. */
    private Node failure(ProfileItem item) {
        String reason = reason(item);
        Node details = null;
        if (reason.contains("\n")) {
            javafx.scene.control.TextArea log = new javafx.scene.control.TextArea(reason);
            log.setEditable(false);
            log.setPrefRowCount(12);
            log.setMaxWidth(900);
            log.getStyleClass().add("failure-details");
            log.setStyle("-fx-font-family: monospace;");
            details = new VBox(10, log, retry("Try again"));
            ((VBox) details).setAlignment(Pos.CENTER);
        }
        return danger(placeholder(Material2AL.ERROR, "Could not connect to " + item.name(),
                MainView.firstLine(reason), details == null ? retry("Try again") : details));
    }

    private static Node danger(Node placeholder) {
        placeholder.getStyleClass().add("placeholder-danger");
        return placeholder;
    }

    private static String reason(ProfileItem item) {
        String status = item.statusTextProperty().get();
        String prefix = "Failed to connect to " + item.name() + ": ";
        return status.startsWith(prefix) ? status.substring(prefix.length()) : status;
    }

    private Node connecting(ProfileItem item) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(36, 36);
        Label text = new Label("Connecting to " + item.name() + "…");
        text.getStyleClass().add(Styles.TITLE_4);
        Label detail = new Label(item.profile().bootstrapServers());
        detail.getStyleClass().add(Styles.TEXT_MUTED);
        VBox box = new VBox(12, spinner, text, detail);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Button retry(String text) {
        Button button = Bind.command(new Button(text, new FontIcon(Material2AL.LINK)), vm.connectCommand());
        button.setId("overviewConnect");
        button.getStyleClass().add(Styles.ACCENT);
        return button;
    }

    private static Tab tab(String title, Ikon icon, Node content) {
        Tab tab = new Tab(title, content);
        tab.setGraphic(new FontIcon(icon));
        tab.setId("tab-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        return tab;
    }

    private Tab featureTab(Feature feature) {
        Tab tab = tab(feature.title(), feature.icon(), new StackPane());
        tab.setUserData(feature);
        return tab;
    }

    /** Builds a capability tab's content lazily: once per connection, when the tab is first shown for it. */
    private void showFeature(Tab tab) {
        if (tab == null || !(tab.getUserData() instanceof Feature feature)) {
            return;
        }
        ProfileItem item = vm.selectedProperty().get();
        WorkspaceContext context = item == null ? null : item.workspaceProperty().get();
        Node content;
        if (item == null) {
            content = placeholder(feature.icon(), "Select a cluster on the left", "Then connect to it.", null);
        } else if (context == null) {
            content = placeholder(feature.icon(), feature.title() + " needs a connection",
                    "Connect to " + item.name() + " to see its " + feature.title().toLowerCase(java.util.Locale.ROOT)
                            + ".", retry("Connect"));
        } else {
            content = built.computeIfAbsent(context, c -> {
                c.onClose(() -> built.remove(c));
                c.tabSelector(this::selectTab);
                return new java.util.HashMap<>();
            }).computeIfAbsent(feature, f -> f.create(context));
        }
        ((StackPane) tab.getContent()).getChildren().setAll(content);
    }

    private void selectTab(String title) {
        getTabs().stream().filter(t -> t.getUserData() instanceof Feature f && f.title().equals(title)).findFirst()
                .ifPresent(t -> getSelectionModel().select(t));
    }

    static Node placeholder(Ikon icon, String title, String detail, Node action) {
        FontIcon glyph = new FontIcon(icon);
        glyph.getStyleClass().add("placeholder-icon");
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setWrapText(true);
        Label text = new Label(detail);
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setWrapText(true);
        text.setMaxWidth(560);
        text.setStyle("-fx-text-alignment: center;");
        text.setAlignment(Pos.CENTER);
        VBox box = new VBox(10, glyph, heading, text);
        if (action != null) {
            box.getChildren().add(action);
        }
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        return box;
    }
}

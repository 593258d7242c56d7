package io.partita.ui.main;

import atlantafx.base.theme.Styles;
import io.partita.model.ClusterProfile;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** A profile in the sidebar: colour tag, name, bootstrap servers, read-only badge, connection dot. */
final class ProfileListCell extends ListCell<ProfileItem> {

    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("#[0-9a-fA-F]{6}");

    ProfileListCell() {
        // Width comes from the list, not from the text: long bootstrap lists ellipsize instead of scrolling.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(ProfileItem item, boolean empty) {
        super.updateItem(item, empty);
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        setGraphic(build(item));
    }

    private HBox build(ProfileItem item) {
        ClusterProfile profile = item.profile();
        Region tag = new Region();
        tag.getStyleClass().add("colour-tag");
        if (profile.color() != null && HEX.matcher(profile.color()).matches()) {
            tag.setStyle("-fx-background-color: " + profile.color() + ";");
        }
        Label name = new Label(profile.name());
        name.getStyleClass().addAll(Styles.TEXT_BOLD, "profile-name");
        Label bootstrap = new Label();
        // Bound, not copied: connecting may move a profile (a restarted sandbox gets new ports).
        bootstrap.textProperty().bind(Bindings.createStringBinding(() -> item.profile().bootstrapServers(),
                item.profileProperty()));
        bootstrap.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox text = new VBox(1, name, bootstrap);
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(8, tag, text);
        if (profile.readOnly()) {
            Label badge = new Label("read-only");
            badge.getStyleClass().add("badge");
            badge.setMinWidth(Region.USE_PREF_SIZE);
            row.getChildren().add(badge);
        }
        Region dot = new Region();
        dot.getStyleClass().add("state-dot");
        dot.getStyleClass().add(stateClass(item.state()));
        row.getChildren().add(dot);
        row.setAlignment(Pos.CENTER_LEFT);
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> item.statusTextProperty().get(),
                item.statusTextProperty()));
        setTooltip(tip);
        item.stateProperty().addListener(new StateListener(dot, row, this, item));
        return row;
    }

    static String stateClass(ConnectionState state) {
        return "state-" + state.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Re-colours the dot while the cell still shows this item; removes itself otherwise. */
    private static final class StateListener implements javafx.beans.value.ChangeListener<ConnectionState> {
        private final Region dot;
        private final HBox row;
        private final ProfileListCell cell;
        private final ProfileItem item;

        StateListener(Region dot, HBox row, ProfileListCell cell, ProfileItem item) {
            this.dot = dot;
            this.row = row;
            this.cell = cell;
            this.item = item;
        }

        @Override
        public void changed(javafx.beans.value.ObservableValue<? extends ConnectionState> obs,
                            ConnectionState old, ConnectionState state) {
            if (cell.getItem() != item || cell.getGraphic() != row) {
                obs.removeListener(this);
                return;
            }
            dot.getStyleClass().removeIf(c -> c.startsWith("state-") && !c.equals("state-dot"));
            dot.getStyleClass().add(stateClass(state));
        }
    }
}

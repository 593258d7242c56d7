package io.partita.ui.main;

import java.util.Optional;
import java.util.Set;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The main window's keyboard shortcuts ({@link Shortcut#ALL} lists them for the user). They work on what the
 * workspace shows by the ids its views already carry: a filter field ({@code #topicFilter}), buttons whose id
 * starts with {@code refresh}, closable detail tabs. A view that follows those ids gets the shortcuts for free.
 * The menu's own accelerators (Ctrl+N, Ctrl+Shift+D, F1, Ctrl+Q) are set on its items in {@link MainMenu}.
 */
final class Shortcuts {

    /** How many pulses a quick-open waits for its field to be shown and focused. */
    private static final int FOCUS_PULSES = 10;
    /** The filter or search fields of the tabs, by id: Ctrl+F puts the cursor in the current tab's. */
    private static final Set<String> SEARCH_FIELDS = Set.of("filterField", "topicFilter", "groupFilter",
            "subjectSearch", "aclFilter", "configFilter");

    private final java.util.function.Supplier<WorkspaceView> workspaceSource;
    private WorkspaceView workspace;

    private Shortcuts(java.util.function.Supplier<WorkspaceView> workspaceSource) {
        this.workspaceSource = workspaceSource;
    }

    /** @param workspace the workspace once it is built, else {@code null} (then the workspace keys do nothing) */
    static void install(Scene scene, java.util.function.Supplier<WorkspaceView> workspace) {
        Shortcuts s = new Shortcuts(workspace);
        var keys = scene.getAccelerators();
        keys.put(shortcut(KeyCode.T), () -> s.quickOpen("Topics", "#topicFilter"));
        keys.put(shortcut(KeyCode.G), () -> s.quickOpen("Consumer groups", "#groupFilter"));
        keys.put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> s.quickOpen("Schemas", "#subjectSearch"));
        keys.put(shortcut(KeyCode.F), s::search);
        keys.put(new KeyCodeCombination(KeyCode.F5), s::refresh);
        keys.put(shortcut(KeyCode.R), s::refresh);
        keys.put(shortcut(KeyCode.W), s::closeDetailTab);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
            KeyCode.DIGIT6, KeyCode.DIGIT7};
        for (int i = 0; i < digits.length; i++) {
            int index = i;
            keys.put(shortcut(digits[i]), () -> s.selectTab(index));
        }
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** The workspace when it is built and shown. */
    private boolean ready() {
        workspace = workspaceSource.get();
        return workspace != null && workspace.isVisible();
    }

    private void selectTab(int index) {
        if (ready() && index < workspace.getTabs().size()) {
            workspace.getSelectionModel().select(index);
        }
    }

    /** Selects the tab (which builds its content when connected) and puts the cursor in its filter. */
    private void quickOpen(String title, String filterId) {
        if (!ready()) {
            return;
        }
        workspace.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst().ifPresent(tab -> {
            workspace.getSelectionModel().select(tab);
            if (tab.getContent() != null) {
                focusWhenShown(tab.getContent(), filterId);
            }
        });
    }

    /**
     * Puts the cursor in the field now, or after the next layout passes: a tab built just now has no skins yet, so a
     * nested tab pane (Consumer groups) does not show its page, and the field cannot be found, until the tab has been
     * laid out; and the focus leaves a field that was just hidden only during a pulse. Gives up after a few pulses.
     */
    private static void focusWhenShown(Node content, String fieldId) {
        Scene scene = content.getScene();
        if (scene == null) {
            return;
        }
        focus(content.lookup(fieldId));
        int[] pulses = {0};
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            Node field = content.lookup(fieldId);
            boolean there = field != null && scene.getFocusOwner() == field;
            if (!there) {
                focus(field);
            }
            if (there || ++pulses[0] >= FOCUS_PULSES) {
                scene.removePostLayoutPulseListener(listener[0]);
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private static boolean focus(Node node) {
        if (node instanceof TextInputControl field) {
            field.requestFocus();
            field.selectAll();
            return true;
        }
        return false;
    }

    /** The current tab's filter; a tab without one (Overview, Produce) sends the cursor to the messages' filter. */
    private void search() {
        Optional<Node> field = selectedContent().flatMap(content -> find(content,
                n -> n instanceof TextInputControl && SEARCH_FIELDS.contains(n.getId())));
        if (field.isPresent()) {
            focus(field.get());
        } else {
            quickOpen("Messages", "#filterField");
        }
    }

    private void refresh() {
        selectedContent().flatMap(content -> find(content, n -> n instanceof Button b && b.getId() != null
                && b.getId().startsWith("refresh") && !b.isDisabled())).ifPresent(n -> ((Button) n).fire());
    }

    /** The innermost shown closable tab inside the current workspace tab. */
    private void closeDetailTab() {
        selectedContent().flatMap(content -> find(content, n -> n instanceof TabPane pane
                && pane.getSelectionModel().getSelectedItem() != null
                && pane.getSelectionModel().getSelectedItem().isClosable()))
                .ifPresent(n -> close(((TabPane) n).getSelectionModel().getSelectedItem()));
    }

    private static void close(Tab tab) {
        TabPane pane = tab.getTabPane();
        // The same events as the tab's close button, so the detail's own clean-up runs.
        javafx.event.Event request = new javafx.event.Event(tab, tab, Tab.TAB_CLOSE_REQUEST_EVENT);
        javafx.event.Event.fireEvent(tab, request);
        if (request.isConsumed()) {
            return;
        }
        pane.getTabs().remove(tab);
        if (tab.getOnClosed() != null) {
            javafx.event.Event.fireEvent(tab, new javafx.event.Event(Tab.CLOSED_EVENT));
        }
    }

    private Optional<Node> selectedContent() {
        Tab tab = ready() ? workspace.getSelectionModel().getSelectedItem() : null;
        return Optional.ofNullable(tab).map(Tab::getContent);
    }

    /** Depth-first over shown nodes; the deepest match wins, so a nested detail beats its container. */
    private static Optional<Node> find(Node node, java.util.function.Predicate<Node> test) {
        if (!node.isVisible()) {
            return Optional.empty();
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> inner = find(child, test);
                if (inner.isPresent()) {
                    return inner;
                }
            }
        }
        if (node instanceof TabPane pane && pane.getSelectionModel().getSelectedItem() != null) {
            Node content = pane.getSelectionModel().getSelectedItem().getContent();
            Optional<Node> inner = content == null ? Optional.empty() : find(content, test);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return test.test(node) ? Optional.of(node) : Optional.empty();
    }
}

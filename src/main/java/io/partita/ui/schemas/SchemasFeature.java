package io.partita.ui.schemas;

import atlantafx.base.theme.Styles;
import io.partita.kafka.ClusterSession;
import io.partita.kafka.SchemaRegistryService;
import io.partita.model.TopicSummary;
import io.partita.ui.main.Feature;
import io.partita.ui.main.WorkspaceContext;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Schemas tab. Other tabs jump to a subject with {@link #showSubject(WorkspaceContext, String, Integer)}; the
 * request waits if the tab has not been built yet for that connection (the caller then selects the tab).
 */
public final class SchemasFeature implements Feature {

    private static final Duration TOPICS_TIMEOUT = Duration.ofSeconds(15);
    /** One navigator per connection, dropped when the connection closes (weak keys as a second safety). */
    private static final Map<WorkspaceContext, SchemaNavigator> NAVIGATORS = new WeakHashMap<>();

    @Override
    public String title() {
        return "Schemas";
    }

    @Override
    public Ikon icon() {
        return Material2AL.ACCOUNT_TREE;
    }

    @Override
    public Node create(WorkspaceContext context) {
        Optional<SchemaRegistryService> service = SchemaRegistryService.of(context.session());
        if (service.isEmpty()) {
            return noRegistry(context);
        }
        SchemasView[] view = new SchemasView[1];
        FxSchemaDialogs dialogs = new FxSchemaDialogs(() -> view[0] == null || view[0].getScene() == null
                ? null : view[0].getScene().getWindow());
        SchemasViewModel vm = new SchemasViewModel(service.get(), () -> topicNames(context.session()),
                context.runner(), context.dialogs(), dialogs);
        view[0] = new SchemasView(vm);
        navigator(context).attach(vm);
        context.onClose(() -> {
            vm.dispose();
            NAVIGATORS.remove(context);
        });
        vm.refreshCommand().execute();
        return view[0];
    }

    /**
     * Shows a subject (and version; null = latest) in this connection's Schemas tab, e.g. from a topic
     * ({@code <topic>-value}) or a decoded message (its schema id's subject and version). Call on the FX thread.
     */
    public static void showSubject(WorkspaceContext context, String subject, Integer version) {
        if (!context.isClosed()) {
            navigator(context).show(subject, version);
        }
    }

    private static SchemaNavigator navigator(WorkspaceContext context) {
        return NAVIGATORS.computeIfAbsent(context, c -> new SchemaNavigator());
    }

    /** Topic names, to mark subjects whose topic does not exist. */
    private static Set<String> topicNames(ClusterSession session) {
        // TopicAdmin.names(...) is coming with the topics branch; until then the full list (bounded) is used.
        return session.topics().list(false, TOPICS_TIMEOUT, batch -> { }).stream().map(TopicSummary::name)
                .collect(Collectors.toSet());
    }

    private static Node noRegistry(WorkspaceContext context) {
        FontIcon icon = new FontIcon(Material2AL.ACCOUNT_TREE);
        icon.getStyleClass().add("placeholder-icon");
        Label title = new Label("No schema registry for " + context.profile().name());
        title.getStyleClass().add(Styles.TITLE_4);
        Label text = new Label("Edit the profile and fill in the schema registry URL (Confluent, or Apicurio's "
                + "/apis/ccompat/v7) to browse, compare and register schemas here.");
        text.getStyleClass().add(Styles.TEXT_MUTED);
        text.setWrapText(true);
        text.setMaxWidth(520);
        VBox box = new VBox(10, icon, title, text);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("placeholder");
        return box;
    }
}

package io.partita.ui.messages;

import io.partita.ui.main.Feature;
import io.partita.ui.main.WorkspaceContext;
import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** The Messages tab: browse and decode a topic's records. */
public final class MessagesFeature implements Feature {

    @Override
    public String title() {
        return "Messages";
    }

    @Override
    public Ikon icon() {
        return Material2AL.FORMAT_LIST_BULLETED;
    }

    /** The messages view model of each connection, and a topic asked for before the tab was built. */
    private static final java.util.Map<WorkspaceContext, MessagesViewModel> MODELS = new java.util.WeakHashMap<>();
    private static final java.util.Map<WorkspaceContext, String> PENDING = new java.util.WeakHashMap<>();

    /**
     * Shows the latest records of {@code topic} in this connection's Messages tab (with the form's start, last 100
     * per partition by default, and no filter). Call on the FX thread; the caller selects the tab.
     */
    public static void browse(WorkspaceContext context, String topic) {
        MessagesViewModel vm = MODELS.get(context);
        if (vm == null) {
            PENDING.put(context, topic);
        } else {
            open(vm, topic);
        }
    }

    private static void open(MessagesViewModel vm, String topic) {
        vm.settings().topicProperty().set(topic);
        vm.settings().filterProperty().set("");
        vm.startCommand().execute();
    }

    @Override
    public Node create(WorkspaceContext context) {
        MessagesViewModel vm = new MessagesViewModel(context.runner(), MessageSource.of(context.session()),
                ZoneId.systemDefault(), MessagesFeature::copy);
        context.onClose(vm::dispose);
        vm.detail().navigation(new Navigation() {
            @Override
            public void replay(io.partita.model.DecodedMessage message) {
                io.partita.model.KafkaMessage m = message.message();
                io.partita.ui.produce.ProduceFeature.replay(context, m.topic(), m.partition(), m.key(), m.value(),
                        m.headers().stream().map(h -> new io.partita.model.OutgoingRecord.Header(h.key(), h.value()))
                                .toList());
                context.showTab("Produce");
            }

            @Override
            public void openSchema(io.partita.model.SchemaRef schema) {
                io.partita.ui.schemas.SchemasFeature.showSubject(context, schema.subject(),
                        schema.version() > 0 ? schema.version() : null);
                context.showTab("Schemas");
            }
        });
        vm.refreshTopicsCommand().execute();
        MODELS.put(context, vm);
        context.onClose(() -> {
            MODELS.remove(context);
            PENDING.remove(context);
        });
        String pending = PENDING.remove(context);
        if (pending != null) {
            open(vm, pending);
        }
        return new MessagesView(vm, ZoneId.systemDefault());
    }

    /** Package-private: the detail pane's FX test copies through it, as the app does. */
    static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}

package io.partita.ui.produce;

import io.partita.model.OutgoingRecord;
import io.partita.model.RecordDraft;
import io.partita.profile.ProfileStore;
import io.partita.produce.ProduceStore;
import io.partita.ui.main.Feature;
import io.partita.ui.main.WorkspaceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The Produce tab. One view model per connection, created on first use, whether by opening the tab or by a
 * replay from another tab ({@link #replay}); it is disposed when the connection closes. UI thread only.
 */
public final class ProduceFeature implements Feature {

    private static final Map<WorkspaceContext, Slot> SLOTS = new WeakHashMap<>();
    private static ProduceStore store;

    private record Slot(ProduceViewModel vm, FxProduceDialogs dialogs) {
    }

    @Override
    public String title() {
        return "Produce";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.SEND;
    }

    @Override
    public Node create(WorkspaceContext context) {
        Slot slot = slot(context);
        ProduceView view = new ProduceView(slot.vm());
        slot.dialogs().attach(view);
        return view;
    }

    /** The produce view model of this connection (created and loaded on first call). */
    public static ProduceViewModel viewModel(WorkspaceContext context) {
        return slot(context).vm();
    }

    /**
     * Pre-fills the Produce tab of this connection with a record read elsewhere (the message browser's "replay").
     * Bytes that are not text are shown as hex and sent unchanged. The caller selects the tab.
     */
    public static void replay(WorkspaceContext context, String topic, Integer partition, byte[] key, byte[] value,
                              List<OutgoingRecord.Header> headers) {
        viewModel(context).prefill(topic, partition, key, value, headers);
    }

    /** Same, for a record whose value the caller already decoded (e.g. Avro as JSON with its subject). */
    public static void replay(WorkspaceContext context, RecordDraft draft) {
        viewModel(context).prefill(draft);
    }

    private static Slot slot(WorkspaceContext context) {
        Slot slot = SLOTS.get(context);
        if (slot == null) {
            FxProduceDialogs dialogs = new FxProduceDialogs();
            ProduceViewModel vm = new ProduceViewModel(new SessionProduceService(context.session(), store()),
                    context.runner(), dialogs, Clock.systemUTC());
            slot = new Slot(vm, dialogs);
            SLOTS.put(context, slot);
            context.onClose(() -> {
                vm.dispose();
                SLOTS.remove(context);
            });
            vm.load();
        }
        return slot;
    }

    private static synchronized ProduceStore store() {
        if (store == null) {
            store = new ProduceStore(ProfileStore.defaultConfigDir());
        }
        return store;
    }
}

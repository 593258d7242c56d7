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

    @Override
    public Node create(WorkspaceContext context) {
        MessagesViewModel vm = new MessagesViewModel(context.runner(), MessageSource.of(context.session()),
                ZoneId.systemDefault(), MessagesFeature::copy);
        context.onClose(vm::dispose);
        vm.refreshTopicsCommand().execute();
        return new MessagesView(vm, ZoneId.systemDefault());
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}

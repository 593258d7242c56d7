package io.partita.ui.topics;

import io.partita.ui.configs.FxConfigDialogs;
import io.partita.ui.main.Feature;
import io.partita.ui.main.WorkspaceContext;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The Topics tab: list, detail with partitions and configs, create/delete, reassignment. */
public final class TopicsFeature implements Feature {

    @Override
    public String title() {
        return "Topics";
    }

    @Override
    public Ikon icon() {
        return Material2MZ.TOPIC;
    }

    @Override
    public Node create(WorkspaceContext context) {
        Node[] view = new Node[1];
        Supplier<Window> window = () -> view[0] == null || view[0].getScene() == null ? null
                : view[0].getScene().getWindow();
        TopicsViewModel vm = new TopicsViewModel(context.runner(), context.session(), context.dialogs(),
                new FxTopicDialogs(window), new FxConfigDialogs(window));
        TopicsView topics = new TopicsView(vm);
        topics.links(new TopicLinks() {
            @Override
            public void openSubject(String subject) {
                io.partita.ui.schemas.SchemasFeature.showSubject(context, subject, null);
                context.showTab("Schemas");
            }

            @Override
            public void browse(String topic) {
                io.partita.ui.messages.MessagesFeature.browse(context, topic);
                context.showTab("Messages");
            }
        });
        view[0] = topics;
        context.onClose(vm::dispose);
        vm.refreshCommand().execute();
        return view[0];
    }
}

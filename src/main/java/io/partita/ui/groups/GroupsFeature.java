package io.partita.ui.groups;

import io.partita.kafka.ClusterSession;
import io.partita.ui.main.Feature;
import io.partita.ui.main.WorkspaceContext;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** The "Consumer groups" workspace tab: built once per connection; its sampler stops when the connection closes. */
public final class GroupsFeature implements Feature {

    @Override
    public String title() {
        return "Consumer groups";
    }

    @Override
    public Ikon icon() {
        return Material2AL.GROUP_WORK;
    }

    @Override
    public Node create(WorkspaceContext context) {
        ClusterSession session = context.session();
        StackPane host = new StackPane();
        GroupsViewModel vm = new GroupsViewModel(context.runner(),
                new SessionGroupsBackend(session, ClusterSession.DEFAULT_TIMEOUT), context.dialogs(),
                new FxGroupDialogs(host), new SamplerLagFeed(session.newLagSampler()), Clock.systemUTC());
        host.getChildren().add(new GroupsView(vm));
        context.onClose(vm::dispose);
        vm.refresh();
        return host;
    }
}

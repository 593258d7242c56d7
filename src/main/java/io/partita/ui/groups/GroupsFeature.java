package io.partita.ui.groups;

import io.partita.async.TaskRunner;
import io.partita.kafka.ClusterSession;
import io.partita.ui.common.DialogService;
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
        StackPane host = new StackPane();
        GroupsViewModel vm = viewModel(context.runner(), context.session(), context.dialogs(),
                new FxGroupDialogs(host));
        host.getChildren().add(new GroupsView(vm));
        context.onClose(vm::dispose);
        vm.refresh();
        return host;
    }

    /** The tab's view model on a connected session (also used by benchmarks and tours). */
    public static GroupsViewModel viewModel(TaskRunner runner, ClusterSession session, DialogService dialogs,
                                            GroupDialogs groupDialogs) {
        return new GroupsViewModel(runner, new SessionGroupsBackend(session, ClusterSession.DEFAULT_TIMEOUT),
                dialogs, groupDialogs, new SamplerLagFeed(session.newLagSampler()), Clock.systemUTC());
    }
}

package io.partita.ui.acls;

import io.partita.ui.main.Feature;
import io.partita.ui.main.WorkspaceContext;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** The ACLs tab: the cluster's ACL bindings, created and deleted here when the profile allows it. */
public final class AclsFeature implements Feature {

    @Override
    public String title() {
        return "ACLs";
    }

    @Override
    public Ikon icon() {
        return Material2AL.LOCK;
    }

    @Override
    public Node create(WorkspaceContext context) {
        Node[] view = new Node[1];
        Supplier<Window> window = () -> view[0] == null || view[0].getScene() == null ? null
                : view[0].getScene().getWindow();
        AclsViewModel vm = new AclsViewModel(context.runner(), context.session(), context.dialogs(),
                new FxAclDialogs(window));
        view[0] = new AclsView(vm);
        context.onClose(vm::dispose);
        vm.refreshCommand().execute();
        return view[0];
    }
}

package io.partita.ui.brokers;

import io.partita.ui.configs.FxConfigDialogs;
import io.partita.ui.main.Feature;
import io.partita.ui.main.WorkspaceContext;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/** The Brokers tab: brokers with their load and their configs. */
public final class BrokersFeature implements Feature {

    @Override
    public String title() {
        return "Brokers";
    }

    @Override
    public Ikon icon() {
        return Material2AL.DNS;
    }

    @Override
    public Node create(WorkspaceContext context) {
        Node[] view = new Node[1];
        Supplier<Window> window = () -> view[0] == null || view[0].getScene() == null ? null
                : view[0].getScene().getWindow();
        BrokersViewModel vm = new BrokersViewModel(context.runner(), context.session(), context.dialogs(),
                new FxConfigDialogs(window));
        view[0] = new BrokersView(vm);
        context.onClose(vm::dispose);
        vm.refreshCommand().execute();
        return view[0];
    }
}

package io.partita.ui.main;

import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One capability tab of the workspace. {@link #create} is called once per connection, on the FX thread, when the
 * tab is first shown for it; the node is kept while the connection lives.
 */
public interface Feature {

    String title();

    Ikon icon();

    /** Builds the tab's content (view + view model) for a connected profile. Must not block. */
    Node create(WorkspaceContext context);
}

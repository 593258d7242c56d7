package io.partita.ui.main;

import java.util.List;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The capability tabs after Overview, in order. A capability that is not built yet is listed with
 * {@link #notYet} so its tab says so honestly. Add a real one by replacing its line with the feature.
 */
final class Features {

    private Features() {
    }

    static List<Feature> all() {
        return List.of(
                new io.partita.ui.brokers.BrokersFeature(),
                new io.partita.ui.topics.TopicsFeature(),
                new io.partita.ui.messages.MessagesFeature(),
                new io.partita.ui.produce.ProduceFeature(),
                new io.partita.ui.schemas.SchemasFeature(),
                new io.partita.ui.groups.GroupsFeature(),
                new io.partita.ui.acls.AclsFeature());
    }

    static Feature notYet(String title, org.kordamp.ikonli.Ikon icon) {
        return new Feature() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public org.kordamp.ikonli.Ikon icon() {
                return icon;
            }

            @Override
            public javafx.scene.Node create(WorkspaceContext context) {
                return WorkspaceView.placeholder(icon, title + ": not available yet",
                        "This part of Partita is still being built. Nothing here is shown until it reads real data.",
                        null);
            }
        };
    }
}

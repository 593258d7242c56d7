package io.partita.ui.messages;

import io.partita.model.DecodedMessage;
import io.partita.model.SchemaRef;

/** Where the detail pane can send a record: to the Produce tab (replay) or to its schema in the Schemas tab. */
public interface Navigation {

    Navigation NONE = new Navigation() {
        @Override
        public void replay(DecodedMessage message) {
        }

        @Override
        public void openSchema(SchemaRef schema) {
        }
    };

    /** Pre-fills the Produce tab with this record's bytes and headers, and shows it. */
    void replay(DecodedMessage message);

    /** Shows this subject and version in the Schemas tab. */
    void openSchema(SchemaRef schema);
}

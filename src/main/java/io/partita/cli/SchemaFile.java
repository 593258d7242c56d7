package io.partita.cli;

import io.partita.model.RegisteredSchema.SchemaReference;
import java.util.List;

/** What {@link SchemaFileOptions} read: the text, its type and the references it is parsed with. */
record SchemaFile(String text, String type, List<SchemaReference> references) {
}

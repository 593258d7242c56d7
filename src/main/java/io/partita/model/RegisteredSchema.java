package io.partita.model;

import java.util.List;

/**
 * A schema as the registry holds it.
 *
 * @param subject    null when fetched by id only
 * @param version    0 when fetched by id only
 * @param schemaType AVRO, JSON or PROTOBUF (the registry omits it for AVRO; we fill it in)
 */
public record RegisteredSchema(int id, String subject, int version, String schemaType, String schema,
                               List<SchemaReference> references) {

    public RegisteredSchema {
        schemaType = schemaType == null || schemaType.isBlank() ? "AVRO" : schemaType;
        references = references == null ? List.of() : List.copyOf(references);
    }

    /** A reference from one schema to another subject's version. */
    public record SchemaReference(String name, String subject, int version) {
    }
}

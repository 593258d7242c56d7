package io.partita.model;

/**
 * One row of the subjects list.
 *
 * @param latestVersion  the newest version, 0 when unknown
 * @param latestId       global id of the newest version, 0 when unknown (e.g. a soft-deleted subject)
 * @param schemaType     AVRO, JSON or PROTOBUF; null when unknown
 * @param compatibility  the effective level, null when it could not be read
 * @param deleted        soft-deleted: its versions are hidden but can still be deleted permanently
 */
public record SubjectSummary(String subject, int latestVersion, int latestId, String schemaType, String compatibility,
                             boolean deleted) {
}

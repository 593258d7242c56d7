package io.partita.kafka;

import io.partita.model.CompatibilityReport;
import io.partita.model.CompatibilityResult;
import io.partita.model.RegisteredSchema;
import io.partita.model.RegisteredSchema.SchemaReference;
import io.partita.model.SchemaChange;
import io.partita.model.SchemaProblem;
import io.partita.model.SubjectCompatibility;
import io.partita.model.SubjectSummary;
import io.partita.schema.AvroCompatibility;
import io.partita.schema.AvroDiff;
import io.partita.schema.AvroSchemas;
import io.partita.schema.RegistryException;
import io.partita.schema.RegistryException.Kind;
import io.partita.schema.SchemaRegistryClient;
import io.partita.schema.SchemaValidator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.avro.Schema;

/**
 * What Partita does with a schema registry, on top of the raw client: the subjects list with latest versions and
 * levels, a compatibility pre-check that explains itself, structural diffs, and every change (register, delete,
 * compatibility levels) behind the profile's {@link MutationGuard}, checked before any request is sent.
 * Synchronous; each registry request is bounded by the client's request timeout. Call off the FX thread.
 */
public final class SchemaRegistryService {

    private final SchemaRegistryClient client;
    private final MutationGuard guard;

    public SchemaRegistryService(SchemaRegistryClient client, MutationGuard guard) {
        this.client = client;
        this.guard = guard;
    }

    /** The session's registry with the session's read-only rule; empty when the profile has no registry. */
    public static Optional<SchemaRegistryService> of(ClusterSession session) {
        return session.registry().map(c -> new SchemaRegistryService(c, new MutationGuard(session.profile())));
    }

    public SchemaRegistryClient client() {
        return client;
    }

    public boolean allowsMutations() {
        return guard.allowsMutations();
    }

    // Reads

    /** Every subject with its latest version, type and effective level; soft-deleted ones too when asked. */
    public List<SubjectSummary> subjects(boolean includeDeleted) {
        return details(subjectNames(includeDeleted));
    }

    /**
     * The subjects by name only (one or two requests), sorted, deleted ones flagged: a long list can be shown at once
     * and completed with {@link #details}, which costs a request or two per subject (no registry lists the levels of
     * all subjects in one answer).
     */
    public List<SubjectSummary> subjectNames(boolean includeDeleted) {
        List<String> live = client.subjects(false);
        List<SubjectSummary> rows = new ArrayList<>(live.size());
        live.forEach(subject -> rows.add(new SubjectSummary(subject, 0, 0, null, null, false)));
        if (includeDeleted) {
            Set<String> liveSet = Set.copyOf(live);
            client.subjects(true).stream().filter(s -> !liveSet.contains(s))
                    .forEach(subject -> rows.add(new SubjectSummary(subject, 0, 0, null, null, true)));
        }
        rows.sort((a, b) -> a.subject().compareToIgnoreCase(b.subject()));
        return rows;
    }

    /** The rows completed with latest version, id, type and level (deleted ones: their newest version). */
    public List<SubjectSummary> details(List<SubjectSummary> rows) {
        List<String> live = rows.stream().filter(r -> !r.deleted()).map(SubjectSummary::subject).toList();
        Map<String, RegisteredSchema> latest = client.latestSchemas(live);
        Map<String, String> levels = client.compatibilityLevels(live);
        return rows.stream().map(row -> row.deleted() ? deletedSummary(row.subject()) : live(row.subject(),
                latest.get(row.subject()), levels.get(row.subject()))).toList();
    }

    private static SubjectSummary live(String subject, RegisteredSchema schema, String level) {
        return new SubjectSummary(subject, schema == null ? 0 : schema.version(), schema == null ? 0 : schema.id(),
                schema == null ? null : schema.schemaType(), level, false);
    }

    private SubjectSummary deletedSummary(String subject) {
        List<Integer> versions = client.versions(subject, true);
        int newest = versions.stream().mapToInt(Integer::intValue).max().orElse(0);
        return new SubjectSummary(subject, newest, 0, null, null, true);
    }

    public List<Integer> versions(String subject, boolean includeDeleted) {
        return client.versions(subject, includeDeleted);
    }

    /** The subject's versions, none when the subject does not exist (yet). */
    public List<Integer> versionsOrNone(String subject) {
        try {
            return client.versions(subject, false);
        } catch (RegistryException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
    }

    /** The references of the subject's latest version: what its next version most likely uses too. */
    public List<SchemaReference> latestReferences(String subject) {
        try {
            return client.schema(subject, "latest").references();
        } catch (RegistryException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return List.of();
            }
            throw e;
        }
    }

    /** @param version a number or "latest" */
    public RegisteredSchema schema(String subject, String version, boolean includeDeleted) {
        return client.schema(subject, version, includeDeleted);
    }

    public List<Integer> referencedBy(String subject, int version) {
        return client.referencedBy(subject, version);
    }

    public List<String> schemaTypes() {
        return client.schemaTypes();
    }

    public String globalCompatibility() {
        return client.compatibilityLevel(null);
    }

    public SubjectCompatibility compatibility(String subject) {
        String global = client.compatibilityLevel(null);
        String own = client.subjectCompatibilityLevel(subject).orElse(null);
        return new SubjectCompatibility(subject, own == null ? global : own, own, global);
    }

    /**
     * The texts of the referenced schemas and of what they reference, dependencies first, for parsing locally.
     */
    public List<String> referencedTexts(List<SchemaReference> references) {
        Set<String> texts = new LinkedHashSet<>();
        collect(references, texts, 0);
        return List.copyOf(texts);
    }

    private void collect(List<SchemaReference> references, Set<String> texts, int depth) {
        if (depth > 32) {
            throw new RegistryException(Kind.BAD_RESPONSE, "schema references nest more than 32 deep: a cycle?");
        }
        for (SchemaReference ref : references) {
            RegisteredSchema target = client.schema(ref.subject(), String.valueOf(ref.version()));
            collect(target.references(), texts, depth + 1);
            texts.add(target.schema());
        }
    }

    /** Structural changes from one version to another; empty for non-Avro schemas (compare their text). */
    public List<SchemaChange> diff(RegisteredSchema before, RegisteredSchema after) {
        if (!isAvro(before) || !isAvro(after)) {
            return List.of();
        }
        return AvroDiff.between(parse(before), parse(after));
    }

    /**
     * Asks the registry whether the text may become the subject's next version. When the registry says no without
     * saying why (Apicurio), Avro's SchemaCompatibility explains it locally against the versions the level covers.
     */
    public CompatibilityReport check(String subject, String text, String schemaType, List<SchemaReference> refs) {
        List<Integer> versions;
        try {
            versions = client.versions(subject, false);
        } catch (RegistryException e) {
            if (e.kind() == Kind.NOT_FOUND) {
                return new CompatibilityReport(true, client.compatibilityLevel(null), List.of(), List.of(), true);
            }
            throw e;
        }
        String level = client.compatibilityLevel(subject);
        if (versions.isEmpty()) {
            return new CompatibilityReport(true, level, List.of(), List.of(), true);
        }
        CompatibilityResult result = client.checkCompatibility(subject, "latest", text, schemaType, refs);
        List<String> local = List.of();
        if (!result.compatible() && result.messages().isEmpty() && "AVRO".equalsIgnoreCase(orAvro(schemaType))) {
            local = explainLocally(subject, level, versions, text, refs);
        }
        return new CompatibilityReport(result.compatible(), level, result.messages(), local, false);
    }

    private List<String> explainLocally(String subject, String level, List<Integer> versions, String text,
                                        List<SchemaReference> refs) {
        List<Integer> covered = AvroCompatibility.transitive(level) ? versions : List.of(versions.get(versions.size() - 1));
        List<AvroCompatibility.Version> previous = new ArrayList<>();
        for (int version : covered) {
            RegisteredSchema old = client.schema(subject, String.valueOf(version));
            if (isAvro(old)) {
                previous.add(new AvroCompatibility.Version(version, parse(old)));
            }
        }
        Schema candidate = AvroSchemas.parse(text, referencedTexts(refs));
        return AvroCompatibility.explain(level, candidate, previous);
    }

    // Mutations: the guard first, always

    /**
     * Registers the text as the subject's next version (or finds it if it is already one).
     *
     * @return the schema's global id
     * @throws RegistryException INVALID_SCHEMA with the position when the text does not parse locally, INCOMPATIBLE
     *                           with the registry's reasons when the level forbids it
     */
    @Mutating
    public int register(String subject, String text, String schemaType, List<SchemaReference> refs) {
        guard.check("register schema");
        if (SchemaValidator.checksLocally(orAvro(schemaType))) {
            Optional<SchemaProblem> problem = SchemaValidator.check(orAvro(schemaType), text, referencedTexts(refs));
            if (problem.isPresent()) {
                throw new RegistryException(Kind.INVALID_SCHEMA, "the schema does not parse: "
                        + problem.get().describe());
            }
        }
        return client.register(subject, text, schemaType, refs);
    }

    /** Soft delete, or with {@code permanent} a hard delete of an already soft-deleted version. */
    @Mutating
    public int deleteVersion(String subject, int version, boolean permanent) {
        guard.check(permanent ? "permanently delete schema version" : "delete schema version");
        return client.deleteVersion(subject, version, permanent);
    }

    /** Soft delete, or with {@code permanent} a hard delete of an already soft-deleted subject. */
    @Mutating
    public List<Integer> deleteSubject(String subject, boolean permanent) {
        guard.check(permanent ? "permanently delete subject" : "delete subject");
        return client.deleteSubject(subject, permanent);
    }

    /** Sets a subject's level, or the global level when {@code subject} is null. */
    @Mutating
    public void setCompatibility(String subject, String level) {
        guard.check(subject == null ? "set global compatibility" : "set subject compatibility");
        client.setCompatibilityLevel(subject, level);
    }

    /** Removes the subject's own level so that the global one applies. */
    @Mutating
    public void resetCompatibility(String subject) {
        guard.check("reset subject compatibility");
        client.deleteCompatibilityLevel(subject);
    }

    private Schema parse(RegisteredSchema schema) {
        return AvroSchemas.parse(schema.schema(), referencedTexts(schema.references()));
    }

    private static boolean isAvro(RegisteredSchema schema) {
        return "AVRO".equalsIgnoreCase(schema.schemaType());
    }

    private static String orAvro(String schemaType) {
        return schemaType == null || schemaType.isBlank() ? "AVRO" : schemaType;
    }
}

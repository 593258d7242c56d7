package io.partita.ui.schemas;

/** One version in a subject's versions list; soft-deleted versions stay listed so they can be purged. */
public record VersionItem(int version, boolean deleted, boolean latest) {

    @Override
    public String toString() {
        return "v" + version + (latest ? "  latest" : "") + (deleted ? "  deleted" : "");
    }
}

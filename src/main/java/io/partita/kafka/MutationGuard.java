package io.partita.kafka;

import io.partita.model.ClusterProfile;

/** The one check every mutating service method calls first; refuses on read-only profiles. */
public final class MutationGuard {

    private final ClusterProfile profile;

    public MutationGuard(ClusterProfile profile) {
        this.profile = profile;
    }

    public void check(String operation) {
        if (profile.readOnly()) {
            throw new ReadOnlyProfileException(profile.name(), operation);
        }
    }

    public boolean allowsMutations() {
        return !profile.readOnly();
    }
}

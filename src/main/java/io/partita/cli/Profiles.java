package io.partita.cli;

import io.partita.model.ClusterProfile;
import io.partita.profile.ProfileStore;
import java.util.stream.Collectors;

/** Profile look-ups shared by the commands: an unknown name fails with the list of known ones. */
final class Profiles {

    private Profiles() {
    }

    static ClusterProfile require(ProfileStore store, String name) {
        return store.find(name).orElseThrow(() -> unknown(store, name));
    }

    static CliFailure unknown(ProfileStore store, String name) {
        String known = store.list().stream().map(p -> "'" + p.name() + "'").collect(Collectors.joining(", "));
        return new CliFailure("no profile named '" + name + "'; "
                + (known.isEmpty() ? "no profiles are saved yet (partita profiles add NAME --bootstrap HOST:PORT)"
                        : "known profiles: " + known));
    }
}

package io.partita.profile;

import io.partita.model.ClusterProfile;
import io.partita.model.Credentials;
import java.util.List;

/**
 * A profile read from a client config file, its secrets (for the secret store, never for the profile file) and what
 * the user should know about the import (keys left out, files to combine...).
 */
public record ImportedProfile(ClusterProfile profile, Credentials credentials, List<String> notes) {

    public ImportedProfile {
        notes = List.copyOf(notes);
    }
}

package io.partita.ui.profiles;

import io.partita.async.TaskRunner;
import io.partita.profile.ProfileStore;
import io.partita.profile.SecretStore;

/** What the profile editor needs from the app. */
public record ProfileServices(TaskRunner runner, ProfileStore store, SecretStore secrets, ConnectionProbe probe) {
}

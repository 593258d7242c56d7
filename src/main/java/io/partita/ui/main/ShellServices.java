package io.partita.ui.main;

import io.partita.ui.common.DialogService;
import io.partita.ui.profiles.ProfileServices;

/** What the app shell's view models need; built once by the composition root. */
public record ShellServices(ProfileServices profiles, DialogService dialogs, ClusterConnector connector,
                            SandboxStarter sandbox) {
}

package io.partita.ui.main;

import io.partita.prefs.UiPrefs;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the shell remembers between runs: the profile selected last, and the workspace tab each profile showed last
 * (Topics, Messages …), so opening a profile again lands where the user left it. Called on the FX thread.
 */
public interface ShellMemory {

    Optional<String> lastProfile();

    /** {@code name} null: nothing is selected. */
    void profileSelected(String name);

    Optional<String> tab(String profile);

    void tabShown(String profile, String tab);

    /** Forgets the tabs of profiles that no longer exist. */
    void retain(Set<String> profiles);

    /** Kept for this run only (tests, a shell without preferences). */
    static ShellMemory inMemory() {
        return new ShellMemory() {
            private final Map<String, String> tabs = new HashMap<>();
            private String last;

            @Override
            public Optional<String> lastProfile() {
                return Optional.ofNullable(last);
            }

            @Override
            public void profileSelected(String name) {
                last = name;
            }

            @Override
            public Optional<String> tab(String profile) {
                return Optional.ofNullable(tabs.get(profile));
            }

            @Override
            public void tabShown(String profile, String tab) {
                tabs.put(profile, tab);
            }

            @Override
            public void retain(Set<String> profiles) {
                tabs.keySet().retainAll(profiles);
            }
        };
    }

    /** Kept in the UI preferences (ui.properties), saved in the background whenever something changes. */
    static ShellMemory of(UiPrefsKeeper prefs) {
        return new ShellMemory() {
            @Override
            public Optional<String> lastProfile() {
                return prefs.prefs().lastProfile();
            }

            @Override
            public void profileSelected(String name) {
                if (!prefs.prefs().lastProfile().equals(Optional.ofNullable(name))) {
                    prefs.update(p -> p.withLastProfile(name));
                }
            }

            @Override
            public Optional<String> tab(String profile) {
                return Optional.ofNullable(prefs.prefs().tabs().get(profile));
            }

            @Override
            public void tabShown(String profile, String tab) {
                if (!tab.equals(prefs.prefs().tabs().get(profile))) {
                    prefs.update(p -> p.withTab(profile, tab));
                }
            }

            @Override
            public void retain(Set<String> profiles) {
                UiPrefs now = prefs.prefs();
                if (!profiles.containsAll(now.tabs().keySet())) {
                    prefs.update(p -> {
                        UiPrefs kept = p;
                        for (String name : p.tabs().keySet()) {
                            if (!profiles.contains(name)) {
                                kept = kept.withTab(name, null);
                            }
                        }
                        return kept;
                    });
                }
            }
        };
    }
}

package io.partita.ui.schemas;

/**
 * Carries a "show this subject" request from another tab to the schemas tab of the same connection, keeping it
 * until the tab's view model exists (tabs are built lazily, when first shown).
 */
final class SchemaNavigator {

    private SchemasViewModel target;
    private String pendingSubject;
    private Integer pendingVersion;

    void attach(SchemasViewModel vm) {
        target = vm;
        if (pendingSubject != null) {
            vm.showSubject(pendingSubject, pendingVersion);
            pendingSubject = null;
            pendingVersion = null;
        }
    }

    void show(String subject, Integer version) {
        if (target != null) {
            target.showSubject(subject, version);
        } else {
            pendingSubject = subject;
            pendingVersion = version;
        }
    }
}

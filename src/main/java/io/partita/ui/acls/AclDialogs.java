package io.partita.ui.acls;

/**
 * The ACL screen's own dialog (confirmations and errors go through the app's DialogService). Called on the UI
 * thread; returns when the dialog closes. Tests pass a scripted implementation.
 */
public interface AclDialogs {

    /** Shows the create dialog; the editor creates the binding itself and says so in its properties. */
    void createAcl(AclEditorViewModel editor);
}

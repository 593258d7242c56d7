package io.partita.ui.groups;

/** The offset reset choices as the dialog offers them. */
public enum ResetMode {
    EARLIEST("To earliest", false),
    LATEST("To latest", false),
    DATETIME("To date/time", true),
    OFFSET("To offset", true),
    SHIFT("Shift by ±N", true);

    private final String label;
    private final boolean needsValue;

    ResetMode(String label, boolean needsValue) {
        this.label = label;
        this.needsValue = needsValue;
    }

    public boolean needsValue() {
        return needsValue;
    }

    @Override
    public String toString() {
        return label;
    }
}

package io.partita.ui.overview;

/** One line of the overview's broker table. {@code rack} is "—" when the broker has none. */
public record BrokerRow(int id, String address, String rack, boolean controller) {
}

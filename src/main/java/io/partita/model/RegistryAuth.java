package io.partita.model;

/** How Partita authenticates to a schema registry. */
public enum RegistryAuth { NONE, BASIC, BEARER }

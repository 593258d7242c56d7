package io.partita.ui.profiles;

/** Where "Test connection" stands; PARTIAL = Kafka answered but the registry did not. */
public enum ConnectionTestOutcome { NONE, RUNNING, SUCCESS, PARTIAL, FAILURE }

/**
 * The local sandbox: KRaft Kafka 4.3.1 (and optionally Apicurio Registry 3.0.9) as child JVMs on 127.0.0.1,
 * started and stopped by {@link io.partita.sandbox.Sandbox}. No JavaFX here; Kafka types stay inside.
 *
 * <p>Data dir ({@link io.partita.sandbox.Sandbox#dataDir()}): {@code sandbox.json} (cluster id and ports, reused
 * by a kept sandbox), {@code sandbox.lock}, {@code format.log}, one {@code node-<id>/} per Kafka node
 * ({@code server.properties}, {@code log4j2.xml}, {@code kafka.log}, {@code console.log}, {@code data/}) and
 * {@code registry/} ({@code registry.log}, {@code db/}, {@code tmp/}). The controller of a multi-broker sandbox is
 * {@code node-1000}.
 *
 * <p>System properties: {@code partita.sandbox.home} (where the build put {@code kafka/} and {@code registry/}),
 * {@code partita.sandbox.cds=false} (no class data archives). Files shared between starts (the child jar, class
 * data archives) live in {@code <home>/cache}, else in the user's cache folder.
 */
package io.partita.sandbox;

/**
 * An example of a library written once with the bypass strategy: a key-value store client whose
 * API ({@link dev.eager.example.kv.KvClient}) is asynchronous and whose sync facade ({@link
 * dev.eager.example.kv.SyncKv}) is one {@code Eager.run} per method.
 *
 * <p>Layers: {@code KvClient} (any number of {@link dev.eager.example.kv.CountingClient}s) →
 * {@link dev.eager.example.kv.RemoteClient} → {@code Protocol} → {@code Connection} → {@link
 * dev.eager.example.kv.Transport} (a loopback socket or an in-process store). The build rewrites
 * the classes with {@code eager-maven-plugin} (goal {@code twins}); the module {@code kv-agent}
 * builds the same sources without it and runs them under {@code -javaagent}.
 */
package dev.eager.example.kv;

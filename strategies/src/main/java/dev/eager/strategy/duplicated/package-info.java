/**
 * Strategy {@code duplicated}: the status quo of psycopg and Django, a sync and an async copy of
 * every layer, written by hand.
 *
 * <p>How it works: {@code SYNC} calls the sync copy; {@code ASYNC} calls the async copy (a
 * {@code CompletableFuture} chain); {@code EAGER} goes through {@link dev.eager.core.Eager#run}
 * into the async entry point, which checks the flag once and runs the sync copy: what a duplicated
 * library does to honour the flag. Where the cost is paid: in code size, twice the lines; at run
 * time its {@code SYNC} is the floor every other strategy is read against. What it cannot do:
 * cancel a pending leaf from the caller's future.
 *
 * <p>The mechanism is the duplication itself; see the workload package {@code
 * dev.eager.workload.duplicated}.
 */
package dev.eager.strategy.duplicated;

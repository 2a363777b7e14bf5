/**
 * Strategy {@code codegen}: psycopg's own answer since 2024. The library author writes only the
 * async code, as {@code CompletableFuture} chains (what a Java author writes for async today, and
 * runnable as written); {@link SyncGenerator}, a build step, writes the sync twin of every {@link
 * GenerateSync} class as Java source by rewriting its syntax tree, as psycopg's {@code
 * tools/async_to_sync.py} does for Python.
 *
 * <p>Modes, as for {@code duplicated} (whose hand-written sync copy the generated code replaces):
 * {@code SYNC} calls the generated sync code; {@code ASYNC} calls the async code as written;
 * {@code EAGER} goes through {@link dev.eager.core.Eager#run} into the async entry point, which
 * reads the flag once and runs the generated sync code. Below the entry nothing reads the flag:
 * the generated code does not know it exists.
 *
 * <p>Where the cost is paid: at build time and in generated lines (counted apart by
 * {@code scripts/loc}); at run time the sync code is plain calls, so {@code SYNC} and {@code
 * EAGER} should sit on the duplicated floor. What it cannot do: rewrite any future it cannot
 * follow. A future must be returned, or be the receiver of a step ({@code thenApply},
 * {@code thenCompose}, {@code thenAccept}, {@code handle}) in a returned chain; anything else
 * stops the build with file and line. In Java the async colour is carried by lambdas, not by two
 * keywords as in Python, so the rewrite turns continuation-passing style back into statements:
 * a loop written as a method calling itself in a step stays recursion in the sync twin, and a
 * sync failure that async code carried as a value is thrown as itself (its checked type is
 * declared through {@link GenerateSync#failures}). Cancelling the caller's future does not cancel
 * the pending leaf ({@code CompletableFuture} cancellation does not travel upstream).
 */
package dev.eager.strategy.codegen;

/**
 * Strategy {@code bypass} ({@code bypass-once}, {@code bypass-prologue}): the closest Java analogue
 * of the proposal, where an async function called under the eager flag just runs its body and
 * {@code await} passes the value through.
 *
 * <p>How it works: authors write {@link dev.eager.strategy.bypass.Async @Async} methods returning
 * {@code CompletableFuture<T>} in direct style with {@link dev.eager.strategy.bypass.Await#await}.
 * {@link dev.eager.strategy.bypass.TwinTransform}, built on {@code java.lang.classfile}, gives each
 * one a direct twin returning the value itself (a primitive where the {@code Signature} attribute
 * says {@code CompletableFuture<Integer>} and so on), rewrites {@code await(n(args))} on another
 * {@code @Async} method into a call of {@code n}'s twin, and makes the method dispatch: under the
 * flag it runs the twin and returns one completed future; otherwise it runs the twin as an async
 * task in a continuation of the continuations strategy ({@link
 * dev.eager.strategy.bypass.DirectTwin#start}), where only a leaf whose I/O is not ready suspends. Two deliveries of one transform: {@link
 * dev.eager.strategy.bypass.BuildStep} rewrites {@code target/classes} after compilation, {@link
 * dev.eager.strategy.bypass.Agent} rewrites at load time; they give the same bytes.
 *
 * <p>Where the cost is paid: once, at the entry of the eager region (a flag read, the completed
 * future the public method returns, a box for values outside {@code Integer}'s cache). Twins call
 * twins: no future, box or dispatch per layer. {@link dev.eager.strategy.bypass.FlagCheck} selects
 * whether twins read the flag again in every prologue ({@code PROLOGUE}, as the proposal's
 * interpreter does) or never ({@code ONCE}).
 *
 * <p>What it cannot do: only calls of {@code @Async} methods of the same class that cannot be
 * overridden (static, private, final, or in a final class), written as the direct argument of
 * {@code await}, become twin calls; other awaits wait for the stage the public method returned,
 * which under the flag is already complete (correct, but that call pays a future). {@code await} is
 * allowed only in the {@code @Async} method's own body (not in lambdas); interfaces are not
 * supported. Cancelling an async call's future cancels the stage its twin waits for (see {@link
 * dev.eager.strategy.continuations.Async}).
 */
package dev.eager.strategy.bypass;

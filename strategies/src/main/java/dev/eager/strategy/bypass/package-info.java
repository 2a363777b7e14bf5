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
 * <p>Where twins link: everywhere a twin awaits an {@code @Async} method, or returns its future: a
 * call the transform can bind (the same class, a method that cannot be overridden) calls the twin
 * directly; any other (another class or jar, an overridable method, an interface method) is linked
 * by {@link dev.eager.strategy.bypass.TwinLinker} on its first run to the twin the call resolves to
 * (a direct call behind a link-time constant where the transform read the callee's class file, an
 * {@code invokedynamic} where it could not), so classes transformed separately or loaded in any
 * order link twin to twin; where the twin is absent, the call pays a future. Overridable methods get a twin per override, dispatched as the method is;
 * {@code @Async} interface methods give the interface a twin that calls the method and waits, so an
 * implementation never transformed still answers right (paying a future); lambdas and method
 * references of an {@code @Async} functional interface are made with the twin of their body. In
 * {@code ASYNC} one continuation runs the whole twin chain, whatever classes it crosses.
 *
 * <p>What it cannot do: {@code await} is allowed only in the {@code @Async} method's own body and in
 * lambdas implementing an {@code @Async} functional interface; a class that only creates such
 * lambdas and never names this package is not rewritten (its lambdas pay a future per call); a
 * subclass whose override narrows the future's type argument ({@code Work<Integer>} over {@code
 * Work<T>}) has a twin of another type and is reached through its public method, paying a future.
 * Cancelling an async call's future cancels the stage its twin waits for (see {@link
 * dev.eager.strategy.continuations.Async}).
 */
package dev.eager.strategy.bypass;

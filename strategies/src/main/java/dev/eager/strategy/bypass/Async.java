package dev.eager.strategy.bypass;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method written in direct style for the bypass transform: it returns a {@code
 * CompletableFuture<T>} (or {@code CompletionStage<T>}), waits with {@link Await#await} and ends
 * with {@code return CompletableFuture.completedFuture(value)}.
 *
 * <p>The transform ({@link TwinTransform}) gives the method a <em>direct twin</em> that returns the
 * value itself ({@code int} when the future holds an {@code Integer}, and so on) and turns the
 * method into a dispatcher: under {@link dev.eager.core.Eager#run} it runs the twin and returns one
 * completed future; otherwise it runs the twin as an async task. On an interface or abstract method
 * it gives the type a twin that implementations override with theirs; on a functional interface's
 * method it makes lambdas and method references of that interface run their body's twin. Kept in
 * the class file only: the transform reads it, nothing does at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Async {
}

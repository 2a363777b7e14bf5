package dev.eager.strategy.codegen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class written async, in {@code CompletableFuture} style, whose sync twin {@link
 * SyncGenerator} writes at build time as {@code Sync<Name>} in the same package.
 *
 * <p>{@link #failures} names the checked exceptions the async code carries inside its failed
 * futures (an {@code IOException} from the wire): the sync twin's methods declare them, since a
 * sync caller must be able to catch them. Read from the source by the generator; nothing reads it
 * at run time.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface GenerateSync {
    /** The checked exceptions every generated sync method declares. */
    Class<? extends Exception>[] failures() default {};
}

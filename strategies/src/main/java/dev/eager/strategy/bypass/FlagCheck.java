package dev.eager.strategy.bypass;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where the twins of a class (or of every class in a package, on {@code package-info}) look at the
 * eager flag. Without it the transform uses {@link Where#ONCE}. A class's own annotation wins over
 * its package's.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface FlagCheck {
    /** Where the flag is read. */
    Where value();

    /** The two variants the suite measures. */
    enum Where {
        /**
         * Only the public dispatcher at the entry of the eager region reads the flag; twins call
         * twins and never look at it again ({@code bypass-once}).
         */
        ONCE,
        /**
         * Every twin reads the flag again on entry, as the proposal's interpreter does on every
         * call, and waits for its leaves accordingly ({@code bypass-prologue}).
         */
        PROLOGUE
    }
}

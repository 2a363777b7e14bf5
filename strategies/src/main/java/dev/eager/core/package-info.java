/**
 * The eager context every strategy shares: {@link dev.eager.core.Eager#run} sets a flag for its
 * dynamic extent, async code that sees it ({@link dev.eager.core.Eager#isEager}) completes at once,
 * and the caller gets the value or the leaf's own exception.
 */
package dev.eager.core;

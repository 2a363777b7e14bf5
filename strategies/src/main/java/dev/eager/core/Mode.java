package dev.eager.core;

/** How a call stack is run. */
public enum Mode {
    /** Sync code written by hand, where the strategy has it. */
    SYNC,
    /** Async code run under the eager flag: a sync answer from async source. */
    EAGER,
    /** Async code run for real, returning a future. */
    ASYNC
}

package dev.eager.core;

/**
 * Where the eager flag lives while {@link Eager#run} runs: a measured choice.
 *
 * <p>{@link #THREAD_CELL} (the default) flips a boolean in a cell each thread gets once, and puts
 * back what it found when the call returns or throws: nothing is allocated per entry. {@link
 * #SCOPED_VALUE} binds a {@link ScopedValue} for the dynamic extent of the call (a binding object
 * per entry); {@link #THREAD_LOCAL} sets and restores a {@link ThreadLocal} (a map write per entry).
 * None is inherited by other threads or executors. The active carrier is read once, at class
 * initialisation, from the system property {@value #PROPERTY} ({@code thread-cell}, {@code
 * scoped-value} or {@code thread-local}), so the JIT sees a constant and the choice costs nothing
 * per check.
 */
public enum Carrier {
    THREAD_CELL("thread-cell") {
        /** One cell per thread, made on its first entry; entries flip it in place. */
        private static final ThreadLocal<Cell> CELL = ThreadLocal.withInitial(Cell::new);

        @Override
        public boolean isSet() {
            return CELL.get().eager;
        }

        @Override
        public <A, T, X extends Throwable> T callWithFlag(BodyOf<A, T, X> body, A argument) throws X {
            Cell cell = CELL.get();
            boolean outer = cell.eager;
            cell.eager = true;
            try {
                return body.call(argument);
            } finally {
                cell.eager = outer;
            }
        }
    },
    SCOPED_VALUE("scoped-value") {
        private static final ScopedValue<Boolean> FLAG = ScopedValue.newInstance();

        @Override
        public boolean isSet() {
            return FLAG.isBound();
        }

        @Override
        public <A, T, X extends Throwable> T callWithFlag(BodyOf<A, T, X> body, A argument) throws X {
            return ScopedValue.where(FLAG, Boolean.TRUE).call(() -> body.call(argument));
        }
    },
    THREAD_LOCAL("thread-local") {
        private static final ThreadLocal<Boolean> FLAG = new ThreadLocal<>();

        @Override
        public boolean isSet() {
            return FLAG.get() != null;
        }

        @Override
        public <A, T, X extends Throwable> T callWithFlag(BodyOf<A, T, X> body, A argument) throws X {
            Boolean outer = FLAG.get();
            FLAG.set(Boolean.TRUE);
            try {
                return body.call(argument);
            } finally {
                if (outer == null) {
                    FLAG.remove();
                }
            }
        }
    };

    /** The flag of one thread, for {@link #THREAD_CELL}: only that thread reads or writes it. */
    private static final class Cell {
        boolean eager;
    }

    /** Code run with the flag set. */
    @FunctionalInterface
    public interface Body<T, X extends Throwable> {
        T call() throws X;
    }

    /**
     * Code run with the flag set, given its argument: what a {@link Body} lambda would capture is
     * passed instead, so a caller whose call the JIT does not inline allocates no lambda per entry.
     */
    @FunctionalInterface
    public interface BodyOf<A, T, X extends Throwable> {
        T call(A argument) throws X;
    }

    /** The system property that selects the carrier {@link Eager} uses. */
    public static final String PROPERTY = "eager.carrier";

    private final String propertyValue;

    Carrier(String propertyValue) {
        this.propertyValue = propertyValue;
    }

    /** Whether the flag is set on the current thread, in the current dynamic extent. */
    public abstract boolean isSet();

    /** Runs {@code body} with the flag set; the flag is off again when it returns or throws. */
    public <T, X extends Throwable> T callWithFlag(Body<T, X> body) throws X {
        return callWithFlag(Body::call, body);
    }

    /** Runs {@code body} on {@code argument} with the flag set; the flag is off again when it returns or throws. */
    public abstract <A, T, X extends Throwable> T callWithFlag(BodyOf<A, T, X> body, A argument) throws X;

    /** The value of {@value #PROPERTY} that selects this carrier. */
    public String propertyValue() {
        return propertyValue;
    }

    /** The carrier named by {@code value}; the default when {@code value} is null. */
    public static Carrier fromProperty(String value) {
        if (value == null || value.isEmpty()) {
            return THREAD_CELL;
        }
        for (Carrier carrier : values()) {
            if (carrier.propertyValue.equals(value)) {
                return carrier;
            }
        }
        throw new IllegalArgumentException(
                "-D" + PROPERTY + "=" + value + ": expected thread-cell, scoped-value or thread-local");
    }
}

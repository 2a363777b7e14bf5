package dev.eager.report;

import java.nio.file.Path;

/**
 * Input the command cannot use: printed as one line naming the file and the problem, exit code
 * {@link ExitCode#BAD_INPUT}, no stack trace.
 */
public final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code file: problem}. */
    public BadInput(Path file, String problem) {
        super(file + ": " + problem);
    }

    /** A problem that is not about one file. */
    public BadInput(String problem) {
        super(problem);
    }
}

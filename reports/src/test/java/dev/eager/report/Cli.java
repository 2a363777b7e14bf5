package dev.eager.report;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.ToIntFunction;

/**
 * What a command line printed and returned, run in-process: {@code eager report} here, the whole
 * {@code eager} command in the harness's tests (this class ships in the reports' test-jar).
 */
public record Cli(int exit, String out, String err) {
    /** Runs {@code eager report ARGS}. */
    static Cli run(Object... args) {
        return capture(EagerReport::run, args);
    }

    /** Runs {@code main} on {@code args} (each as {@link String#valueOf}), capturing System.out and System.err. */
    public static synchronized Cli capture(ToIntFunction<String[]> main, Object... args) {
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = String.valueOf(args[i]);
        }
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = main.applyAsInt(strings);
            return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}

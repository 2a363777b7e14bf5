package dev.eager.harness;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Options that several commands take, declared once (as picocli mixins) so that their names,
 * defaults and help read the same in every command.
 */
public final class SharedOptions {
    private SharedOptions() {
    }

    /** {@code --out DIR}: where a command puts its run folder. */
    public static final class RunsFolder {
        @Option(names = "--out", paramLabel = "DIR", defaultValue = "results/runs",
                description = "parent folder of run folders (default results/runs)")
        public Path out;
    }

    /** {@code --repo DIR}: the repository a command reads, and whose commit a run records. */
    public static final class Repository {
        @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
                description = "the repository's root, whose commit a run records (default .)")
        public Path repo;
    }
}

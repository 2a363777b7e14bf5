package dev.eager.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A load run folder: its {@link LoadSummary} rows and the HdrHistogram {@code .hlog} files behind
 * them.
 *
 * @param folder where it was read from
 * @param rows   one row per strategy, mode, server and rate
 * @param hlogs  the histogram logs, linked from the report
 */
record LoadRun(Path folder, List<LoadSummary.Row> rows, List<Path> hlogs) {
    static LoadRun read(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new BadInput(folder, "no such load run folder");
        }
        LoadSummary summary = LoadSummary.read(folder);
        List<Path> hlogs;
        try (Stream<Path> files = Files.list(folder)) {
            hlogs = files.filter(p -> p.getFileName().toString().endsWith(".hlog")).sorted().toList();
        } catch (IOException e) {
            throw new BadInput(folder, "cannot list: " + e.getMessage());
        }
        return new LoadRun(folder, summary.rows(), hlogs);
    }
}

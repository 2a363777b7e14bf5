package dev.eager.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code eager-report compare RUN_A RUN_B}: every result of two runs side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        header = "Every result of two runs side by side.",
        description = {
            "Prints every benchmark result both runs have side by side, with B/A and",
            "whether the difference is beyond noise (the two points' 95%% intervals are",
            "disjoint). A point is the median of its forks' median iterations."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:compared", "2:bad input (no such folder, missing or malformed jmh-result.json)"})
final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN_A", description = "the first run folder (the 'before')")
    Path runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "the second run folder (the 'after')")
    Path runB;

    @Override
    public Integer call() {
        Run a = RunFolder.read(runA);
        Run b = RunFolder.read(runB);
        Map<String, Measurement> inB = new LinkedHashMap<>();
        b.measurements().forEach(m -> inB.put(key(m), m));
        List<List<String>> rows = new ArrayList<>();
        int onlyA = 0;
        for (Measurement ma : a.measurements()) {
            Measurement mb = inB.remove(key(ma));
            if (mb == null) {
                onlyA++;
                continue;
            }
            Sample sa = ma.sample();
            Sample sb = mb.sample();
            boolean beyond = Ratio.disjoint(sa, sb);
            rows.add(List.of(subject(ma), ma.metric().unit(),
                    Format.interval(sa.point(), sa.low(), sa.high()),
                    Format.interval(sb.point(), sb.low(), sb.high()),
                    Format.number(sb.point() / sa.point()),
                    beyond ? (sb.point() > sa.point() ? "yes: B higher" : "yes: B lower") : "no"));
        }
        System.out.println("A = " + a.name() + " (" + a.manifest().jdk() + ", commit " + a.manifest().commit() + ")");
        System.out.println("B = " + b.name() + " (" + b.manifest().jdk() + ", commit " + b.manifest().commit() + ")");
        if (!a.manifest().jdk().equals(b.manifest().jdk())) {
            System.out.println("note: the runs used different JDKs; allocation differences may be the JDK's");
        }
        System.out.println();
        System.out.print(Format.table(List.of("benchmark", "unit", "A [95% CI]", "B [95% CI]", "B/A",
                "beyond noise"), rows));
        if (onlyA > 0 || !inB.isEmpty()) {
            System.out.println("\n" + onlyA + " result(s) only in A, " + inB.size() + " only in B (not compared)");
        }
        return ExitCode.OK;
    }

    private static String key(Measurement m) {
        return m.benchmark() + " " + m.params() + " " + m.metric();
    }

    private static String subject(Measurement m) {
        if (m.isChain()) {
            ChainPoint p = m.chain();
            return p.strategy() + " " + p.mode() + " " + p.layers() + " depth " + p.depth();
        }
        return m.label();
    }
}

package dev.eager.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The fork flags live in {@link ForkFlags} only: every benchmark's annotation lists its constants, the common pair first. */
class ForkFlagsTest {
    @Test
    void everyBenchmarkForksWithFlagsOfForkFlagsOnlyTheCommonPairFirst() {
        Set<BenchmarkListEntry> entries = BenchmarkList.defaultList()
                .getAll(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of());
        assertFalse(entries.isEmpty(), "no benchmarks in JMH's list");
        List<String> problems = new ArrayList<>();
        for (BenchmarkListEntry entry : entries) {
            List<String> flags = entry.getJvmArgsAppend().hasValue() ? List.copyOf(entry.getJvmArgsAppend().get()) : List.of();
            problems.addAll(problems(entry.getUsername(), flags));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aFlagSpelledInTheAnnotationOrACommonFlagLeftOutIsAProblem() {
        assertEquals(List.of(), problems("Good.run", List.of(ForkFlags.EXPORTS, ForkFlags.UNSAFE, ForkFlags.QUIET)));
        assertEquals(List.of("Spelled.run: fork flag '--add-exports' is spelled outside ForkFlags: make it a constant there",
                "Spelled.run: fork flag 'java.base/jdk.internal.vm=ALL-UNNAMED' is spelled outside ForkFlags: make it a constant there"),
                problems("Spelled.run", List.of(ForkFlags.EXPORTS, ForkFlags.UNSAFE, "--add-exports",
                        "java.base/jdk.internal.vm=ALL-UNNAMED")));
        assertEquals(List.of("Bare.run: @Fork(jvmArgsAppend) must start with ForkFlags.COMMON " + ForkFlags.COMMON
                + ", has [" + ForkFlags.QUIET + "]"), problems("Bare.run", List.of(ForkFlags.QUIET)));
    }

    @Test
    void everyForkGetsTheBaseThenTheCommonFlags() {
        assertEquals(Stream.concat(ForkFlags.BASE.stream(), ForkFlags.COMMON.stream()).toList(), ForkFlags.everyFork());
    }

    /** What is wrong with one benchmark's appended fork flags: empty when they are ForkFlags' constants, the common pair first. */
    static List<String> problems(String benchmark, List<String> flags) {
        List<String> problems = new ArrayList<>();
        int common = ForkFlags.COMMON.size();
        if (flags.size() < common || !flags.subList(0, common).equals(ForkFlags.COMMON)) {
            problems.add(benchmark + ": @Fork(jvmArgsAppend) must start with ForkFlags.COMMON " + ForkFlags.COMMON
                    + ", has " + flags);
        }
        Set<String> constants = constants();
        for (String flag : flags) {
            if (!constants.contains(flag)) {
                problems.add(benchmark + ": fork flag '" + flag + "' is spelled outside ForkFlags: make it a constant there");
            }
        }
        return problems;
    }

    private static Set<String> constants() {
        Set<String> values = new HashSet<>();
        for (Field field : ForkFlags.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    values.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return values;
    }
}

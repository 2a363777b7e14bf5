package dev.eager.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

public class EagerCommandTest {
    /** What {@code eager ARGS} printed and returned, run in-process. */
    public record Ran(int exit, String out, String err) {
    }

    public static synchronized Ran eager(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = EagerCommand.run(args);
            return new Ran(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void everyJobOfTheScriptsIsASubcommand() {
        Set<String> names = EagerCommand.commandLine().getSubcommands().keySet();
        assertTrue(names.containsAll(List.of("bench", "profile", "load", "roundtrip", "loc", "gate", "gate-check",
                "baseline", "report")), names.toString());
        assertEquals(Set.of("fit", "render", "gate", "compare", "help"),
                EagerCommand.commandLine().getSubcommands().get("report").getSubcommands().keySet());
    }

    @Test
    void anUnknownCommandExitsTwoWithOneLine() {
        Ran ran = eager("frobnicate");
        assertEquals(2, ran.exit());
        assertEquals(1, ran.err().lines().count(), ran.err());
        assertTrue(ran.err().startsWith("eager: "), ran.err());
    }

    @Test
    void noCommandExitsTwoWithOneLine() {
        Ran ran = eager();
        assertEquals(2, ran.exit());
        assertEquals(1, ran.err().lines().count(), ran.err());
    }

    @Test
    void topLevelHelpNamesEveryCommand() {
        Ran ran = eager("--help");
        assertEquals(0, ran.exit(), ran.err());
        for (String name : EagerCommand.commandLine().getSubcommands().keySet()) {
            assertTrue(ran.out().contains("  " + name + " "), name + " missing from\n" + ran.out());
        }
    }

    /** Every command below {@code eager}, by its full name, apart from picocli's help command. */
    static List<CommandLine> everyCommand() {
        List<CommandLine> all = new ArrayList<>();
        Deque<CommandLine> todo = new ArrayDeque<>(List.of(EagerCommand.commandLine()));
        while (!todo.isEmpty()) {
            CommandLine c = todo.pop();
            for (CommandLine sub : c.getSubcommands().values()) {
                if (!(sub.getCommand() instanceof CommandLine.HelpCommand)) {
                    all.add(sub);
                    todo.add(sub);
                }
            }
        }
        return all;
    }

    private static String[] words(CommandLine c, String... more) {
        List<String> words = new ArrayList<>(List.of(c.getCommandSpec().qualifiedName().split(" ")));
        words.removeFirst();
        words.addAll(List.of(more));
        return words.toArray(String[]::new);
    }

    @Test
    void everyCommandsHelpListsEveryOptionItTakesAndItsExitCodes() {
        for (CommandLine c : everyCommand()) {
            Ran ran = eager(words(c, "--help"));
            String name = c.getCommandSpec().qualifiedName();
            assertEquals(0, ran.exit(), name + ": " + ran.err());
            assertTrue(ran.err().isEmpty(), name + ": " + ran.err());
            assertTrue(ran.out().contains("Usage: " + name), name + ":\n" + ran.out());
            for (CommandLine.Model.OptionSpec option : c.getCommandSpec().options()) {
                assertTrue(ran.out().contains(option.longestName()), name + " --help lacks " + option.longestName()
                        + ":\n" + ran.out());
            }
            assertTrue(ran.out().contains("Exit codes"), name + ":\n" + ran.out());
            assertTrue(ran.out().lines().allMatch(l -> l.length() <= EagerCommand.HELP_WIDTH), name + ":\n" + ran.out());
        }
    }

    @Test
    void everyCommandRefusesAnUnknownOptionWithExitTwoAndOneLine() {
        for (CommandLine c : everyCommand()) {
            Ran ran = eager(words(c, "--frobnicate"));
            String name = c.getCommandSpec().qualifiedName();
            assertEquals(2, ran.exit(), name + ": " + ran.out() + ran.err());
            assertEquals(1, ran.err().lines().count(), name + ": " + ran.err());
            assertTrue(ran.err().startsWith(name + ": "), name + ": " + ran.err());
        }
    }

    @Test
    void reportCommandsRunUnderEager() {
        Ran ran = eager("report", "fit", "--help");
        assertEquals(0, ran.exit(), ran.err());
        assertTrue(ran.out().contains("Usage: eager report fit"), ran.out());
        Ran bad = eager("report", "fit", "--frobnicate");
        assertEquals(2, bad.exit());
        assertEquals(1, bad.err().lines().count(), bad.err());
    }
}

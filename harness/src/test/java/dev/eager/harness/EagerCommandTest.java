package dev.eager.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.report.Cli;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

public class EagerCommandTest {
    /** What {@code eager ARGS} printed and returned, run in-process. */
    public static Cli eager(String... args) {
        return Cli.capture(EagerCommand::run, (Object[]) args);
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
        Cli ran = eager("frobnicate");
        assertEquals(2, ran.exit());
        assertEquals(1, ran.err().lines().count(), ran.err());
        assertTrue(ran.err().startsWith("eager: "), ran.err());
    }

    @Test
    void noCommandExitsTwoWithOneLine() {
        Cli ran = eager();
        assertEquals(2, ran.exit());
        assertEquals(1, ran.err().lines().count(), ran.err());
    }

    @Test
    void topLevelHelpNamesEveryCommand() {
        Cli ran = eager("--help");
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
            Cli ran = eager(words(c, "--help"));
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
            Cli ran = eager(words(c, "--frobnicate"));
            String name = c.getCommandSpec().qualifiedName();
            assertEquals(2, ran.exit(), name + ": " + ran.out() + ran.err());
            assertEquals(1, ran.err().lines().count(), name + ": " + ran.err());
            assertTrue(ran.err().startsWith(name + ": "), name + ": " + ran.err());
        }
    }

    @Test
    void aManifestRecordsTheCommandAsTypedUnderEagerAndOnItsOwn() {
        CommandLine eager = EagerCommand.commandLine();
        eager.parseArgs("bench", "--profile", "smoke");
        CommandLine bench = eager.getSubcommands().get("bench");
        assertEquals("eager bench --profile smoke", EagerCommand.typed(bench.getCommandSpec()));
        CommandLine alone = new CommandLine(new Bench()).setCommandName("eager bench");
        alone.parseArgs("--profile", "smoke");
        assertEquals("eager bench --profile smoke", EagerCommand.typed(alone.getCommandSpec()));
        assertEquals("eager bench --profile smoke", Bench.Arguments.parse("--profile", "smoke").command());
    }

    @Test
    void reportCommandsRunUnderEager() {
        Cli ran = eager("report", "fit", "--help");
        assertEquals(0, ran.exit(), ran.err());
        assertTrue(ran.out().contains("Usage: eager report fit"), ran.out());
        Cli bad = eager("report", "fit", "--frobnicate");
        assertEquals(2, bad.exit());
        assertEquals(1, bad.err().lines().count(), bad.err());
    }
}

package dev.eager.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's command table and the command line say the same: every command and option it names exists, every command is in it. */
class ReadmeCommandsTest {
    private static final Pattern CODE = Pattern.compile("`(scripts/eager [^`]*)`");

    /** Each {@code scripts/eager ...} of the README's "Commands" table, its {@code \|} read as {@code |}. */
    static List<String> tableCommands() throws IOException {
        // Tests run in harness/: the README is the repository's.
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("\n## Commands\n");
        assertTrue(start >= 0, "README has no '## Commands' section");
        int end = readme.indexOf("\n## ", start + 1);
        List<String> commands = new ArrayList<>();
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).lines().toList()) {
            if (line.startsWith("| ")) {
                Matcher m = CODE.matcher(line);
                while (m.find()) {
                    commands.add(m.group(1).replace("\\|", "|"));
                }
            }
        }
        return commands;
    }

    /** The full names of the commands a README line names ({@code report fit|render} names two), checking its options. */
    private static List<String> check(String line) {
        List<String> words = List.of(line.substring("scripts/eager ".length()).split(" "));
        List<CommandLine> commands = List.of(EagerCommand.commandLine());
        int i = 0;
        while (i < words.size() && !words.get(i).startsWith("-") && !words.get(i).startsWith("[")) {
            List<CommandLine> next = new ArrayList<>();
            for (CommandLine parent : commands) {
                for (String name : words.get(i).split("\\|")) {
                    CommandLine sub = parent.getSubcommands().get(name);
                    if (sub == null) {
                        break;
                    }
                    next.add(sub);
                }
            }
            if (next.isEmpty()) {
                break;
            }
            commands = next;
            i++;
        }
        assertFalse(commands.getFirst().getCommandSpec().root() == commands.getFirst().getCommandSpec(),
                "README names no command in: " + line);
        for (String word : words.subList(i, words.size())) {
            String option = word.replaceAll("^\\[+", "").replaceAll("[]=].*$", "");
            if (option.startsWith("--")) {
                for (CommandLine command : commands) {
                    assertNotNull(command.getCommandSpec().findOption(option),
                            "README: " + command.getCommandSpec().qualifiedName() + " has no option " + option + " in: " + line);
                }
            }
        }
        return commands.stream().map(c -> c.getCommandSpec().qualifiedName()).toList();
    }

    @Test
    void everyCommandAndOptionTheReadmeNamesExists() throws IOException {
        List<String> lines = tableCommands();
        assertFalse(lines.isEmpty(), "no scripts/eager command in the README's table");
        lines.forEach(ReadmeCommandsTest::check);
    }

    @Test
    void everyCommandIsInTheReadmesTable() throws IOException {
        Set<String> named = new TreeSet<>();
        for (String line : tableCommands()) {
            named.addAll(check(line));
        }
        Set<String> leaves = new TreeSet<>();
        for (CommandLine c : EagerCommandTest.everyCommand()) {
            if (c.getSubcommands().values().stream().allMatch(s -> s.getCommand() instanceof CommandLine.HelpCommand)) {
                leaves.add(c.getCommandSpec().qualifiedName());
            }
        }
        leaves.removeAll(named);
        assertEquals(Set.of(), leaves, "commands missing from the README's table");
    }
}

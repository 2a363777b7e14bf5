package dev.eager.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The gate's verdict as data, {@code gate.json} beside {@code gate.txt}: what a tool reads instead
 * of the text (gate-check counts its runs from it).
 *
 * @param run          the gate folder's run id
 * @param commit       the commit it measured
 * @param baseline     the stored baseline it was judged against
 * @param exit         the gate's exit code ({@link ExitCode})
 * @param verdict      {@code PASS}, {@code FAIL}, {@code BROKEN} (the negative control failed) or
 *                     {@code UNCONFIRMED}
 * @param checks       the final checks, confirmation applied
 * @param confirmation the confirmation's own checks, empty when none was measured
 */
public record GateVerdictFile(String run, String commit, String baseline, int exit, String verdict, List<Check> checks,
        List<Check> confirmation) {

    /** How small a change of per-layer cost the run could see, in percent (NaN when it did not say). */
    public double resolutionPercent() {
        return checks.stream().filter(c -> c.subject().equals(BaseComparison.RESOLUTION)).mapToDouble(Check::value)
                .findFirst().orElse(Double.NaN);
    }

    /** The failed checks. */
    public List<Check> failed() {
        return checks.stream().filter(Check::failed).toList();
    }

    /** Writes {@code gate.json} into the gate {@code folder}. */
    public void write(Path folder) {
        ObjectNode json = JsonFiles.JSON.createObjectNode();
        json.put("run", run);
        json.put("commit", commit);
        json.put("baseline", baseline);
        json.put("exit", exit);
        json.put("verdict", verdict);
        checks(json.putArray("checks"), checks);
        checks(json.putArray("confirmation"), confirmation);
        JsonFiles.write(json, folder.resolve(RunFolder.GATE_VERDICT));
    }

    /** The verdict written into the gate {@code folder}. */
    public static GateVerdictFile read(Path folder) {
        Path file = folder.resolve(RunFolder.GATE_VERDICT);
        JsonNode json = JsonFiles.parse(file);
        if (!json.path("checks").isArray() || !json.path("exit").isInt()) {
            throw new BadInput(file, "not a gate verdict (no \"checks\" array or \"exit\" code)");
        }
        return new GateVerdictFile(json.path("run").asText(), json.path("commit").asText(),
                json.path("baseline").asText(), json.path("exit").asInt(), json.path("verdict").asText(),
                checks(file, json.path("checks")), checks(file, json.path("confirmation")));
    }

    private static void checks(ArrayNode into, List<Check> checks) {
        for (Check c : checks) {
            ObjectNode o = into.addObject();
            o.put("step", c.step());
            o.put("outcome", c.outcome().name());
            o.put("subject", c.subject());
            o.put("why", c.why());
            if (Double.isFinite(c.value())) {
                o.put("value", c.value());
            }
        }
    }

    private static List<Check> checks(Path file, JsonNode array) {
        List<Check> out = new ArrayList<>();
        for (JsonNode c : array) {
            try {
                out.add(new Check(c.path("step").asInt(), Check.Outcome.valueOf(c.path("outcome").asText()),
                        c.path("subject").asText(), c.path("why").asText(), c.path("value").asDouble(Double.NaN)));
            } catch (IllegalArgumentException e) {
                throw new BadInput(file, "a check with outcome '" + c.path("outcome").asText() + "'");
            }
        }
        return List.copyOf(out);
    }
}

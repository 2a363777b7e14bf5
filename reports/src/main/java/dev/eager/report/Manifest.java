package dev.eager.report;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A run's provenance as the harness wrote it in {@code manifest.json}: commit, JDK, JVM flags,
 * machine, profile, command, times.
 *
 * @param json the whole manifest, kept as written so the report can show every key
 */
public record Manifest(JsonNode json) {
    /** The run id, e.g. {@code 20261126-031500-quick}. */
    public String runId() {
        return text("runId");
    }

    /** The harness profile: quick, standard, full, smoke. */
    public String profile() {
        return text("profile");
    }

    /** The commit the run measured. */
    public String commit() {
        return text("commit");
    }

    /** {@code vendor version} of the JDK that ran the benchmarks: allocation is exact only per JDK. */
    public String jdk() {
        JsonNode jdk = json.path("jdk");
        return (jdk.path("vendor").asText("?") + " " + jdk.path("version").asText("?")).trim();
    }

    /** The CPU model and core count, the "machine kind" a baseline belongs to. */
    public String machine() {
        return text("cpuModel") + ", " + text("cores") + " cores";
    }

    /** A top-level key as text, {@code ?} when absent. */
    public String text(String key) {
        JsonNode node = json.path(key);
        return node.isMissingNode() || node.isNull() ? "?" : node.isValueNode() ? node.asText() : node.toString();
    }
}

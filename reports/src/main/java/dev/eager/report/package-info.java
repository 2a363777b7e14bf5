/** {@code eager report}: reads run folders, fits the cost model, renders the report, gates regressions. */
package dev.eager.report;

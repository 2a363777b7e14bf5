/**
 * Strategy {@code bypass-prologue}: the chain (generated from {@code bypassonce/Chain.java.tmpl}) rewritten by
 * the bypass transform at build time; every twin reads the flag again in its prologue, as the proposal's interpreter does on every call, and waits for its leaf accordingly.
 */
@FlagCheck(FlagCheck.Where.PROLOGUE)
package dev.eager.workload.bypassprologue;

import dev.eager.strategy.bypass.FlagCheck;

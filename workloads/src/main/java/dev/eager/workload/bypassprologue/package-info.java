/**
 * Strategy {@code bypass-prologue}: the chain (generated from {@code bypassonce/Chain.java.tmpl}; in shape
 * {@code CLASSES} from {@code src/templates/separate-library}, built apart, see {@link
 * dev.eager.workload.bypassonce.ClassChains}) rewritten by
 * the bypass transform at build time; every twin reads the flag again in its prologue, as the proposal's interpreter does on every call, and waits for its leaf accordingly.
 */
@FlagCheck(FlagCheck.Where.PROLOGUE)
package dev.eager.workload.bypassprologue;

import dev.eager.strategy.bypass.FlagCheck;

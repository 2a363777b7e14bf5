/**
 * Strategy {@code bypass-prologue}: the chain (generated from {@code bypassonce/Chain.java.tmpl}, and in shape
 * {@code CLASSES} from {@code bypassonce/ClassChain.java.tmpl}: {@code @Async} interfaces, a class per layer) rewritten by
 * the bypass transform at build time; every twin reads the flag again in its prologue, as the proposal's interpreter does on every call, and waits for its leaf accordingly.
 */
@FlagCheck(FlagCheck.Where.PROLOGUE)
package dev.eager.workload.bypassprologue;

import dev.eager.strategy.bypass.FlagCheck;

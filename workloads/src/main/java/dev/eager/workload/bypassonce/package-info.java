/**
 * Strategy {@code bypass-once}: the chain (generated from {@code bypassonce/Chain.java.tmpl}, and in shape
 * {@code CLASSES} from {@code bypassonce/ClassChain.java.tmpl}: {@code @Async} interfaces, a class per layer) rewritten by
 * the bypass transform at build time; the flag is read once, by the entry layer's public method; from there twins call twins and never look at it again.
 */
@FlagCheck(FlagCheck.Where.ONCE)
package dev.eager.workload.bypassonce;

import dev.eager.strategy.bypass.FlagCheck;

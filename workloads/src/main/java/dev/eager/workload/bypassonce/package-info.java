/**
 * Strategy {@code bypass-once}: the chain (generated from {@code bypassonce/Chain.java.tmpl}; in shape
 * {@code CLASSES} from {@code src/templates/separate-library}, built apart, see {@link
 * dev.eager.workload.bypassonce.ClassChains}) rewritten by
 * the bypass transform at build time; the flag is read once, by the entry layer's public method; from there twins call twins and never look at it again.
 */
@FlagCheck(FlagCheck.Where.ONCE)
package dev.eager.workload.bypassonce;

import dev.eager.strategy.bypass.FlagCheck;

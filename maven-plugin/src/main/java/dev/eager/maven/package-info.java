/**
 * {@code eager-maven-plugin}: the bypass strategy's build step as a Maven goal, {@code eager:twins},
 * bound to {@code process-classes}.
 *
 * <p>How it works: Maven may run on a JDK older than the transform's ({@code java.lang.classfile},
 * JDK 25), so the goal is compiled for 17 and does not carry the transform. It looks for classes
 * that mention the bypass package (none: it stops there, without a JVM), checks that the module's
 * compile class path holds {@code dev.eager:eager-strategies} and that the JDK of the build's
 * toolchain (else Maven's own) is 25 or newer, then runs {@code java -cp <class path>
 * dev.eager.strategy.bypass.BuildStep <classes>}: the transform the module compiled against, the
 * same bytes as the command and the agent.
 *
 * <p>What it costs: one JVM start per module that uses {@code @Async}. What it cannot do: rewrite
 * test classes (they are not its classes folder), or tell an incremental build's classes rewritten
 * by an older transform from current ones ({@code mvn clean} does).
 */
package dev.eager.maven;

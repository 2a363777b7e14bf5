package dev.eager.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eager.workload.orm.OrmContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every strategy {@link Workloads#strategies()} registers is held to the contracts: a subclass of
 * {@link ChainContract} names it (and that suite runs every {@link Shape}), and, where it has an orm
 * stack, a subclass of {@link OrmContract} does. So registering a strategy without running its
 * contract is red, not a quiet gap. The suites are found on the test class path (test classes named
 * {@code *Test} under {@code dev.eager.workload}), so a module that registers strategies of its own
 * (the peers) subclasses this class and is checked with every suite it sees.
 */
public abstract class ContractCoverage {
    private static final String ROOT = "dev/eager/workload";

    @Test
    void everyRegisteredStrategyIsHeldToTheChainContract() {
        assertEquals(List.of(), missing(Workloads.strategies(), heldTo(ChainContract.class)),
                "registered strategies no ChainContract subclass names: add a test class of a few lines");
    }

    @Test
    void everyRegisteredStrategyWithAnOrmIsHeldToTheOrmContract() {
        List<String> withOrm = Workloads.strategies().stream().filter(Workloads::hasOrm).toList();
        assertEquals(List.of(), missing(withOrm, heldTo(OrmContract.class)),
                "registered strategies with an orm stack no OrmContract subclass names: add a test class of a few lines");
    }

    @Test
    void theChainContractRunsInEveryShape() {
        EnumSource shapes = ChainContract.class.getAnnotation(EnumSource.class);
        assertEquals(Shape.class, shapes.value());
        assertEquals(0, shapes.names().length, "the chain contract is narrowed to some shapes");
    }

    @Test
    void aStrategyWhoseSuiteIsGoneIsReportedMissing() {
        Map<String, Class<?>> held = heldTo(ChainContract.class);
        assertEquals(FutureContractTest.class, held.get("future"), "the discovery finds the suites");
        held.remove("future");
        assertEquals(List.of("future", "never-registered"),
                missing(List.of("duplicated", "future", "never-registered"), held));
    }

    /** Those of {@code strategies} that no suite in {@code held} names, in their order. */
    static List<String> missing(List<String> strategies, Map<String, Class<?>> held) {
        List<String> missing = new ArrayList<>(strategies);
        missing.removeAll(held.keySet());
        return missing;
    }

    /** The strategies that concrete subclasses of {@code contract} on the test class path hold to it, with their suite. */
    static Map<String, Class<?>> heldTo(Class<?> contract) {
        Map<String, Class<?>> held = new TreeMap<>();
        for (Class<?> suite : testClasses()) {
            if (contract.isAssignableFrom(suite) && !Modifier.isAbstract(suite.getModifiers())) {
                held.put(strategyOf(suite), suite);
            }
        }
        return held;
    }

    private static String strategyOf(Class<?> suite) {
        try {
            Constructor<?> constructor = suite.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            return instance instanceof ChainContract chain ? chain.strategyUnderTest()
                    : ((OrmContract) instance).strategyUnderTest();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(suite.getName() + ": a contract suite needs a constructor without arguments", e);
        }
    }

    /** Every test class ({@code *Test}, top level) under {@code dev.eager.workload}, in folders and jars alike. */
    private static Collection<Class<?>> testClasses() {
        ClassLoader loader = ContractCoverage.class.getClassLoader();
        Set<String> names = new LinkedHashSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(ROOT);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                switch (root.getProtocol()) {
                    case "file" -> {
                        Path folder = Path.of(root.toURI());
                        Path base = folder;
                        for (int i = 0; i < ROOT.split("/").length; i++) {
                            base = base.getParent();
                        }
                        Path top = base;
                        try (Stream<Path> walk = Files.walk(folder)) {
                            walk.map(p -> top.relativize(p).toString().replace('\\', '/')).forEach(names::add);
                        }
                    }
                    case "jar" -> {
                        JarURLConnection connection = (JarURLConnection) root.openConnection();
                        connection.setUseCaches(false);
                        try (JarFile jar = connection.getJarFile()) {
                            jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(ROOT + "/")).forEach(names::add);
                        }
                    }
                    default -> throw new IllegalStateException(root + ": cannot list test classes there");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Class<?>> classes = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith("Test.class") && !name.contains("$")) {
                String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
                try {
                    classes.add(Class.forName(className, false, loader));
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(className + " listed but not loadable", e);
                }
            }
        }
        assertFalse(classes.isEmpty(), "no test classes found under " + ROOT);
        assertTrue(classes.stream().anyMatch(c -> c == FutureContractTest.class), "the listing misses this module's suites");
        return classes;
    }
}

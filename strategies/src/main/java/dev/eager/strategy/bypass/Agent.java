package dev.eager.strategy.bypass;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;

/**
 * The load-time delivery of {@link TwinTransform}: {@code -javaagent:eager-strategies.jar} (the jar's
 * manifest names this class as {@code Premain-Class}). Each class is rewritten as it is loaded,
 * with its hierarchy and {@code package-info} resolved through its own class loader. A class that
 * cannot be rewritten is logged on standard error with the line the build step would print (class,
 * method, reason) and loaded unchanged: its {@code Await.await} calls then wait for their stages,
 * which answers right and pays a future per await; calls into it from transformed classes link to
 * its public methods, as to any class without twins.
 */
public final class Agent implements ClassFileTransformer {
    private Agent() {
    }

    /** Entry point of {@code -javaagent}. */
    public static void premain(String options, Instrumentation instrumentation) {
        instrumentation.addTransformer(new Agent());
    }

    /** The transformer {@link #premain} installs, for tests and for agents that compose it. */
    public static ClassFileTransformer transformer() {
        return new Agent();
    }

    @Override
    public byte[] transform(ClassLoader loader, String className, Class<?> redefined,
                            ProtectionDomain domain, byte[] bytes) {
        if (loader == null || !TwinTransform.mentionsBypass(bytes)) {
            return null;
        }
        try {
            return new TwinTransform(loader, internalName -> read(loader, internalName)).transform(bytes);
        } catch (RuntimeException e) {
            // A ClassFileTransformer's exceptions are dropped by the JVM: say it here, in the build
            // step's words, and load the class as is (its awaits still wait, see Await).
            System.err.println(BuildStep.errorLine(className.replace('/', '.'), e));
            return null;
        }
    }

    private static byte[] read(ClassLoader loader, String internalName) {
        try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(internalName + ": " + e.getMessage(), e);
        }
    }
}

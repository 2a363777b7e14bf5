package dev.eager.example.kv;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build rewrote the library's classes (eager-maven-plugin in process-classes): the class files carry twins. */
class TwinsOnDiskTest {
    @Test
    void everyLayerOfTheLibraryWasRewrittenByTheBuild() throws IOException {
        for (Class<?> layer : List.of(RemoteClient.class, CountingClient.class, Protocol.class, Connection.class)) {
            assertTrue(twins(layer) > 0, layer.getSimpleName() + ".class has no twin: did the plugin run?");
        }
    }

    static long twins(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
            return ClassFile.of().parse(in.readAllBytes()).methods().stream()
                    .filter(m -> m.methodName().stringValue().endsWith("$twin"))
                    .count();
        }
    }
}

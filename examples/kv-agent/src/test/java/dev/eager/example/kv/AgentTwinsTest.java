package dev.eager.example.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** This build left the class files as javac wrote them; the agent gave the loaded classes their twins. */
class AgentTwinsTest {
    @Test
    void theClassFilesHaveNoTwinsButTheLoadedClassesDo() throws IOException {
        for (Class<?> layer : List.of(RemoteClient.class, CountingClient.class, Protocol.class, Connection.class)) {
            assertEquals(0, TwinsOnDiskTest.twins(layer), layer.getSimpleName() + ".class was rewritten on disk");
            assertTrue(Arrays.stream(layer.getDeclaredMethods()).map(Method::getName).anyMatch(n -> n.endsWith("$twin")),
                    layer.getSimpleName() + " was loaded without twins: is -javaagent on?");
        }
    }
}

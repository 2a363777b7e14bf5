package dev.eager.maven.samples;

/** A class of a module that does not use the bypass strategy at all. */
public final class Plain {
    public int answer() {
        return 42;
    }
}

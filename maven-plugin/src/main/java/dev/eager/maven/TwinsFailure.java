package dev.eager.maven;

/**
 * Why the twins goal stopped the build: one line that names what is wrong and what to do, e.g.
 * {@code com.acme.Client.fetch: await inside a lambda (in fetch): only the @Async method's own body
 * may await}.
 */
final class TwinsFailure extends Exception {
    private static final long serialVersionUID = 1L;

    TwinsFailure(String line) {
        super(line);
    }
}

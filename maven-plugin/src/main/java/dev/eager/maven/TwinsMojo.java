package dev.eager.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.toolchain.Toolchain;
import org.apache.maven.toolchain.ToolchainManager;

/**
 * {@code eager:twins}: the bypass transform over this module's compiled classes, in place, in
 * {@code process-classes}. Runs {@code dev.eager.strategy.bypass.BuildStep} from the module's own
 * class path in the JDK of the build's toolchain (else Maven's own JDK), which must be 25 or newer.
 * A module without {@code @Async} methods is left alone without starting a JVM.
 */
@Mojo(name = "twins", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class TwinsMojo extends AbstractMojo {
    private static final String PREFIX = "eager-maven-plugin: ";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** The folder whose classes are rewritten. */
    @Parameter(defaultValue = "${project.build.outputDirectory}", required = true)
    private String classesDirectory;

    /** Leaves the classes as javac wrote them. */
    @Parameter(property = "eager.twins.skip", defaultValue = "false")
    private boolean skip;

    @Component
    private ToolchainManager toolchains;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info(PREFIX + "skipped (eager.twins.skip)");
            return;
        }
        try {
            Twins.rewrite(Paths.get(classesDirectory), classPath(), java(), line -> getLog().info(PREFIX + line));
        } catch (TwinsFailure e) {
            throw new MojoFailureException(PREFIX + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException(PREFIX + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException(PREFIX + "interrupted", e);
        }
    }

    private List<Path> classPath() throws MojoExecutionException {
        try {
            List<Path> elements = new ArrayList<>();
            for (String element : project.getCompileClasspathElements()) {
                elements.add(Paths.get(element));
            }
            return elements;
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException(PREFIX + e.getMessage(), e);
        }
    }

    /** The toolchain's java (maven-toolchains-plugin's select-jdk-toolchain), else Maven's own. */
    private Path java() {
        Toolchain jdk = toolchains == null ? null : toolchains.getToolchainFromBuildContext("jdk", session);
        String tool = jdk == null ? null : jdk.findTool("java");
        if (tool != null) {
            return Paths.get(tool);
        }
        return Paths.get(System.getProperty("java.home"), "bin", "java");
    }
}

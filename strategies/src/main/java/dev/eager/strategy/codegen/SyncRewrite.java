package dev.eager.strategy.codegen;

import static dev.eager.strategy.codegen.FutureSyntax.FUTURE_TYPES;
import static dev.eager.strategy.codegen.FutureSyntax.STEPS;
import static dev.eager.strategy.codegen.FutureSyntax.UNFOLLOWED;
import static dev.eager.strategy.codegen.FutureSyntax.failuresOf;
import static dev.eager.strategy.codegen.FutureSyntax.isFactory;
import static dev.eager.strategy.codegen.FutureSyntax.isFuture;
import static dev.eager.strategy.codegen.FutureSyntax.isFutureShaped;
import static dev.eager.strategy.codegen.FutureSyntax.isGenerateSync;
import static dev.eager.strategy.codegen.FutureSyntax.isVoid;
import static dev.eager.strategy.codegen.FutureSyntax.methodName;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one async compilation unit into the source of its sync twin, by editing the text where the
 * syntax tree says the future is: the rest of the source (comments, layout, names) is copied as
 * written. The edits, in the spirit of psycopg's {@code async_to_sync.py}:
 *
 * <ul>
 *   <li>{@code CompletableFuture<T>} becomes {@code T} ({@code Void} becomes {@code void}, {@code
 *       Integer} a returned {@code int}, so no layer boxes); async methods declare the class's
 *       {@link GenerateSync#failures}.</li>
 *   <li>A returned chain becomes statements, in order: {@code a.thenCompose(v -> b(v))} is {@code
 *       var v = a; return b(v);}, {@code thenApply} and {@code thenAccept} likewise, a lambda
 *       parameter {@code _} drops the value; {@code completedFuture(x)} is {@code x};
 *       {@code failedFuture(e)} throws {@code e} itself; {@code handle((T v, Throwable f) -> ...)}
 *       is a try/catch; a returned conditional or switch expression becomes an {@code if} or a
 *       switch statement; {@code allOf(...)} before a step disappears, {@code f.join()} is {@code f}.</li>
 *   <li>Calls of {@code xAsync} become calls of {@code x}; every {@code @GenerateSync} class of
 *       the package is referred to by its twin's name {@code SyncX}.</li>
 * </ul>
 *
 * A future anywhere else (kept in a variable, passed on, chained outside a return) has no sync
 * meaning the generator can be sure of: it stops with the file and line.
 */
final class SyncRewrite {
    static final String PREFIX = "Sync";
    private static final Map<String, String> PRIMITIVES = Map.of("Void", "void", "Integer", "int", "Long", "long",
            "Boolean", "boolean", "Double", "double", "Float", "float", "Short", "short", "Byte", "byte",
            "Character", "char");
    /** Functional types over a future whose sync form is a primitive specialisation, not a box. */
    private static final Map<String, String> FUNCTIONS = Map.of("IntFunction<Integer>", "java.util.function.IntUnaryOperator");

    private final SourceText text;
    private final ChainTranslation chains;
    private final Set<String> asyncClasses;
    private List<String> failures = List.of();

    SyncRewrite(SourceText text, Set<String> asyncClasses) {
        this.text = text;
        this.chains = new ChainTranslation(text, this::render);
        this.asyncClasses = asyncClasses;
    }

    /** The sync twin's source. */
    String rewrite() {
        return render(new TreePath(text.unit()), Returns.NONE).replaceAll("\n{3,}", "\n\n");
    }

    private record Edit(int start, int end, String text) {
    }

    // Rendering: a subtree's text with its edits applied.

    private String render(TreePath path, Returns returns) {
        Editor editor = new Editor();
        editor.scan(path, returns);
        Tree tree = path.getLeaf();
        String source = text.text();
        int start = path.getLeaf() instanceof CompilationUnitTree ? 0 : text.start(tree);
        int end = path.getLeaf() instanceof CompilationUnitTree ? source.length() : text.end(tree);
        StringBuilder out = new StringBuilder();
        int at = start;
        for (Edit edit : editor.edits.stream().sorted(Comparator.comparingInt(Edit::start)).toList()) {
            if (edit.start() < at) {
                throw text.fail(tree, "overlapping rewrites (a generator bug)");
            }
            out.append(source, at, edit.start()).append(edit.text());
            at = edit.end();
        }
        return out.append(source, at, end).toString();
    }

    private String render(TreePath parent, Tree child) {
        return render(new TreePath(parent, child), Returns.NONE);
    }

    private final class Editor extends TreePathScanner<Void, Returns> {
        final List<Edit> edits = new ArrayList<>();

        private void replace(Tree tree, String replacement) {
            edits.add(new Edit(text.start(tree), text.end(tree), replacement));
        }

        private TreePath child(Tree tree) {
            return new TreePath(getCurrentPath(), tree);
        }

        @Override
        public Void visitImport(ImportTree node, Returns returns) {
            String imported = node.getQualifiedIdentifier().toString();
            String simple = imported.substring(imported.lastIndexOf('.') + 1);
            String owner = imported.substring(0, Math.max(0, imported.lastIndexOf('.')));
            if (FUTURE_TYPES.contains(simple) || simple.equals(GenerateSync.class.getSimpleName())
                    || node.isStatic() && FUTURE_TYPES.stream().anyMatch(owner::endsWith)) {
                edits.add(new Edit(text.start(node), text.lineEnd(text.end(node)), ""));
            }
            return null;
        }

        @Override
        public Void visitClass(ClassTree node, Returns returns) {
            List<String> outer = failures;
            for (AnnotationTree annotation : node.getModifiers().getAnnotations()) {
                if (isGenerateSync(annotation)) {
                    failures = failuresOf(annotation);
                    edits.add(new Edit(text.start(annotation), text.lineEnd(text.end(annotation)), ""));
                } else {
                    scan(annotation, Returns.NONE);
                }
            }
            String name = node.getSimpleName().toString();
            if (asyncClasses.contains(name)) {
                int bodyAt = node.getMembers().isEmpty() ? text.end(node) : text.start(node.getMembers().getFirst());
                Matcher m = Pattern.compile("\\b(?:class|interface|record|enum)\\s+(" + name + ")\\b")
                        .matcher(text.text()).region(text.start(node), bodyAt);
                if (!m.find()) {
                    throw text.fail(node, "cannot find the name of class " + name);
                }
                edits.add(new Edit(m.start(1), m.end(1), PREFIX + name));
            }
            for (Tree t : node.getTypeParameters()) {
                scan(t, Returns.NONE);
            }
            if (node.getExtendsClause() != null) {
                scan(node.getExtendsClause(), Returns.NONE);
            }
            for (Tree t : node.getImplementsClause()) {
                scan(t, Returns.NONE);
            }
            for (Tree member : node.getMembers()) {
                scan(member, Returns.NONE);
            }
            failures = outer;
            return null;
        }

        @Override
        public Void visitMethod(MethodTree node, Returns returns) {
            scan(node.getModifiers(), Returns.NONE);
            for (Tree t : node.getTypeParameters()) {
                scan(t, Returns.NONE);
            }
            String name = node.getName().toString();
            Tree type = node.getReturnType();
            int afterName;
            if (name.equals("<init>")) {
                String owner = ((ClassTree) getCurrentPath().getParentPath().getLeaf()).getSimpleName().toString();
                Matcher m = Pattern.compile("\\b(" + owner + ")\\s*\\(").matcher(text.text()).region(text.start(node), text.end(node));
                if (!m.find()) {
                    throw text.fail(node, "cannot find the constructor's name");
                }
                if (asyncClasses.contains(owner)) {
                    edits.add(new Edit(m.start(1), m.end(1), PREFIX + owner));
                }
                afterName = m.end();
            } else {
                Matcher m = Pattern.compile("\\b" + name + "\\s*\\(").matcher(text.text()).region(text.end(type), text.end(node));
                if (!m.find()) {
                    throw text.fail(node, "cannot find the name of method " + name);
                }
                afterName = m.end();
            }
            boolean async = type != null && isFuture(type);
            if (async) {
                replace(type, syncReturnType(child(type)));
            } else if (type != null) {
                scan(type, Returns.NONE);
            }
            for (Tree t : node.getParameters()) {
                scan(t, Returns.NONE);
            }
            for (Tree t : node.getThrows()) {
                scan(t, Returns.NONE);
            }
            if (async && !failures.isEmpty()) {
                declareFailures(node, afterName);
            }
            if (node.getBody() != null) {
                Returns body = async ? new Returns(Returns.Mode.FUTURES, isVoid(type) ? Sink.RETURN_VOID : Sink.RETURN)
                        : Returns.NONE;
                scan(node.getBody(), body);
            }
            return null;
        }

        private void declareFailures(MethodTree node, int afterName) {
            List<String> declared = node.getThrows().stream().map(Object::toString).toList();
            List<String> missing = failures.stream().filter(f -> !declared.contains(f)).toList();
            if (missing.isEmpty()) {
                return;
            }
            if (!node.getThrows().isEmpty()) {
                edits.add(new Edit(text.end(node.getThrows().getLast()), text.end(node.getThrows().getLast()),
                        ", " + String.join(", ", missing)));
                return;
            }
            int from = node.getParameters().isEmpty() ? afterName : text.end(node.getParameters().getLast());
            int close = text.text().indexOf(')', from);
            edits.add(new Edit(close + 1, close + 1, " throws " + String.join(", ", missing)));
        }

        @Override
        public Void visitReturn(ReturnTree node, Returns returns) {
            if (returns.mode() == Returns.Mode.FUTURES || returns.mode() == Returns.Mode.VALUES) {
                TreePath value = node.getExpression() == null ? null : child(node.getExpression());
                if (value == null) {
                    throw text.fail(node, "a return without a value in an async method");
                }
                List<String> lines = returns.mode() == Returns.Mode.FUTURES ? chains.translate(value, returns.sink())
                        : chains.value(value, returns.sink());
                if (endsVoidMethod(node) && !lines.isEmpty() && lines.getLast().equals("return;")) {
                    lines = lines.subList(0, lines.size() - 1);
                }
                replace(node, chains.statements(node, lines, !(getCurrentPath().getParentPath().getLeaf() instanceof BlockTree)));
                return null;
            }
            return super.visitReturn(node, returns);
        }

        /** Whether {@code node} is the last statement of a method that returns nothing: a return there says nothing. */
        private boolean endsVoidMethod(ReturnTree node) {
            TreePath parent = getCurrentPath().getParentPath();
            return parent.getLeaf() instanceof BlockTree block && block.getStatements().getLast() == node
                    && parent.getParentPath().getLeaf() instanceof MethodTree method
                    && method.getReturnType() != null && isFuture(method.getReturnType()) && isVoid(method.getReturnType());
        }

        @Override
        public Void visitYield(YieldTree node, Returns returns) {
            if (returns.mode() == Returns.Mode.YIELDS) {
                List<String> lines = chains.translate(child(node.getValue()), returns.sink());
                replace(node, chains.statements(node, lines, !(getCurrentPath().getParentPath().getLeaf() instanceof BlockTree)));
                return null;
            }
            return super.visitYield(node, returns);
        }

        @Override
        public Void visitLambdaExpression(LambdaExpressionTree node, Returns returns) {
            for (Tree t : node.getParameters()) {
                scan(t, Returns.NONE);
            }
            boolean async = isFutureShaped(node);
            if (node.getBody() instanceof BlockTree block) {
                scan(block, async ? new Returns(Returns.Mode.FUTURES, Sink.RETURN) : Returns.NONE);
            } else if (async) {
                Tree body = node.getBody();
                List<String> lines = chains.translate(child(body), Sink.RETURN);
                String inner = "\n" + text.indentOf(node) + ChainTranslation.INDENT + ChainTranslation.INDENT;
                replace(body, "{" + inner + String.join(inner, lines).replace("\n", inner).replace(inner + inner, inner)
                        + "\n" + text.indentOf(node) + ChainTranslation.INDENT + "}");
            } else {
                scan(node.getBody(), Returns.NONE);
            }
            return null;
        }

        @Override
        public Void visitIdentifier(IdentifierTree node, Returns returns) {
            String name = node.getName().toString();
            if (FUTURE_TYPES.contains(name)) {
                throw text.fail(node, name + " used where the generator cannot tell its sync meaning"
                        + " (futures may only be returned, chained in a return, or awaited by a step)");
            }
            if (asyncClasses.contains(name)) {
                replace(node, PREFIX + name);
            }
            return null;
        }

        @Override
        public Void visitParameterizedType(ParameterizedTypeTree node, Returns returns) {
            if (isFuture(node)) {
                replace(node, render(getCurrentPath(), node.getTypeArguments().getFirst()));
                return null;
            }
            String function = node.getType().toString() + "<" + node.getTypeArguments().stream()
                    .map(t -> isFuture(t) ? ((ParameterizedTypeTree) t).getTypeArguments().getFirst().toString() : "?")
                    .reduce((a, b) -> a + ", " + b).orElse("") + ">";
            if (FUNCTIONS.containsKey(function)) {
                replace(node, FUNCTIONS.get(function));
                return null;
            }
            return super.visitParameterizedType(node, returns);
        }

        @Override
        public Void visitMethodInvocation(MethodInvocationTree node, Returns returns) {
            String name = methodName(node);
            ExpressionTree select = node.getMethodSelect();
            if (name.equals("join") && node.getArguments().isEmpty() && select instanceof MemberSelectTree member) {
                replace(node, render(getCurrentPath(), member.getExpression()));
                return null;
            }
            if (STEPS.contains(name) && select instanceof MemberSelectTree
                    || isFactory(node, "completedFuture") || isFactory(node, "failedFuture") || isFactory(node, "allOf")) {
                throw text.fail(node, name + " outside a returned chain: the generator only rewrites futures that are"
                        + " returned (or awaited by the step of a returned chain)");
            }
            if (UNFOLLOWED.contains(name)) {
                throw text.fail(node, name + " has no sync meaning the generator knows: write the async code with"
                        + " thenApply, thenCompose, thenAccept or handle");
            }
            if (name.endsWith("Async") && name.length() > "Async".length() && select instanceof MemberSelectTree) {
                int nameEnd = text.end(select);
                edits.add(new Edit(nameEnd - name.length(), nameEnd, name.substring(0, name.length() - "Async".length())));
                scan(((MemberSelectTree) select).getExpression(), returns);
                for (Tree t : node.getTypeArguments()) {
                    scan(t, returns);
                }
                for (Tree t : node.getArguments()) {
                    scan(t, returns);
                }
                return null;
            }
            return super.visitMethodInvocation(node, returns);
        }
    }

    private String syncReturnType(TreePath futureType) {
        Tree argument = ((ParameterizedTypeTree) futureType.getLeaf()).getTypeArguments().getFirst();
        String primitive = PRIMITIVES.get(argument.toString());
        return primitive != null ? primitive : render(futureType, argument);
    }
}

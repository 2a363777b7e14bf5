package dev.eager.strategy.codegen;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.TreeScanner;
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
    private static final Set<String> FUTURE_TYPES = Set.of("CompletableFuture", "CompletionStage");
    private static final Set<String> STEPS = Set.of("thenApply", "thenAccept", "thenCompose", "handle");
    /** The future's own methods that have no sync meaning here (or not yet): they stop the generator. */
    private static final Set<String> UNFOLLOWED = Set.of("exceptionally", "exceptionallyCompose", "whenComplete",
            "thenCombine", "thenAcceptBoth", "thenRun", "runAfterBoth", "runAfterEither", "applyToEither",
            "acceptEither", "orTimeout", "completeOnTimeout", "toCompletableFuture", "getNow", "isDone",
            "completeExceptionally", "obtrudeValue", "anyOf", "supplyAsync", "runAsync", "thenApplyAsync",
            "thenAcceptAsync", "thenComposeAsync", "handleAsync", "whenCompleteAsync", "thenRunAsync");
    private static final Map<String, String> PRIMITIVES = Map.of("Void", "void", "Integer", "int", "Long", "long",
            "Boolean", "boolean", "Double", "double", "Float", "float", "Short", "short", "Byte", "byte",
            "Character", "char");
    /** Functional types over a future whose sync form is a primitive specialisation, not a box. */
    private static final Map<String, String> FUNCTIONS = Map.of("IntFunction<Integer>", "java.util.function.IntUnaryOperator");
    private static final String INDENT = "    ";

    private final String origin;
    private final CompilationUnitTree unit;
    private final SourcePositions positions;
    private final String source;
    private final Set<String> asyncClasses;
    private List<String> failures = List.of();

    SyncRewrite(String origin, CompilationUnitTree unit, SourcePositions positions, String source,
            Set<String> asyncClasses) {
        this.origin = origin;
        this.unit = unit;
        this.positions = positions;
        this.source = source;
        this.asyncClasses = asyncClasses;
    }

    /** The sync twin's source. */
    String rewrite() {
        return render(new TreePath(unit), Returns.NONE).replaceAll("\n{3,}", "\n\n");
    }

    // What a return (or a switch arm's yield) does with the value it is given.

    private enum Kind { RETURN, RETURN_VOID, BIND, ASSIGN, DISCARD }

    private record Sink(Kind kind, String name) {
        static final Sink RETURN = new Sink(Kind.RETURN, null);
        static final Sink RETURN_VOID = new Sink(Kind.RETURN_VOID, null);
        static final Sink DISCARD = new Sink(Kind.DISCARD, null);
    }

    /** How the returns met while scanning are read: left alone, as futures, or as plain values. */
    private record Returns(Mode mode, Sink sink) {
        enum Mode { NONE, FUTURES, VALUES, YIELDS }

        static final Returns NONE = new Returns(Mode.NONE, null);
    }

    private record Edit(int start, int end, String text) {
    }

    // Rendering: a subtree's text with its edits applied.

    private String render(TreePath path, Returns returns) {
        Editor editor = new Editor();
        editor.scan(path, returns);
        Tree tree = path.getLeaf();
        int start = path.getLeaf() instanceof CompilationUnitTree ? 0 : start(tree);
        int end = path.getLeaf() instanceof CompilationUnitTree ? source.length() : end(tree);
        StringBuilder out = new StringBuilder();
        int at = start;
        for (Edit edit : editor.edits.stream().sorted(Comparator.comparingInt(Edit::start)).toList()) {
            if (edit.start() < at) {
                throw fail(tree, "overlapping rewrites (a generator bug)");
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

        private void replace(Tree tree, String text) {
            edits.add(new Edit(start(tree), end(tree), text));
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
                edits.add(new Edit(start(node), lineEnd(end(node)), ""));
            }
            return null;
        }

        @Override
        public Void visitClass(ClassTree node, Returns returns) {
            List<String> outer = failures;
            for (AnnotationTree annotation : node.getModifiers().getAnnotations()) {
                if (isGenerateSync(annotation)) {
                    failures = failuresOf(annotation);
                    edits.add(new Edit(start(annotation), lineEnd(end(annotation)), ""));
                } else {
                    scan(annotation, Returns.NONE);
                }
            }
            String name = node.getSimpleName().toString();
            if (asyncClasses.contains(name)) {
                int bodyAt = node.getMembers().isEmpty() ? end(node) : start(node.getMembers().getFirst());
                Matcher m = Pattern.compile("\\b(?:class|interface|record|enum)\\s+(" + name + ")\\b")
                        .matcher(source).region(start(node), bodyAt);
                if (!m.find()) {
                    throw fail(node, "cannot find the name of class " + name);
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
                Matcher m = Pattern.compile("\\b(" + owner + ")\\s*\\(").matcher(source).region(start(node), end(node));
                if (!m.find()) {
                    throw fail(node, "cannot find the constructor's name");
                }
                if (asyncClasses.contains(owner)) {
                    edits.add(new Edit(m.start(1), m.end(1), PREFIX + owner));
                }
                afterName = m.end();
            } else {
                Matcher m = Pattern.compile("\\b" + name + "\\s*\\(").matcher(source).region(end(type), end(node));
                if (!m.find()) {
                    throw fail(node, "cannot find the name of method " + name);
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
                edits.add(new Edit(end(node.getThrows().getLast()), end(node.getThrows().getLast()),
                        ", " + String.join(", ", missing)));
                return;
            }
            int from = node.getParameters().isEmpty() ? afterName : end(node.getParameters().getLast());
            int close = source.indexOf(')', from);
            edits.add(new Edit(close + 1, close + 1, " throws " + String.join(", ", missing)));
        }

        @Override
        public Void visitReturn(ReturnTree node, Returns returns) {
            if (returns.mode() == Returns.Mode.FUTURES || returns.mode() == Returns.Mode.VALUES) {
                TreePath value = node.getExpression() == null ? null : child(node.getExpression());
                if (value == null) {
                    throw fail(node, "a return without a value in an async method");
                }
                List<String> lines = returns.mode() == Returns.Mode.FUTURES ? translate(value, returns.sink())
                        : value(value, returns.sink());
                if (endsVoidMethod(node) && !lines.isEmpty() && lines.getLast().equals("return;")) {
                    lines = lines.subList(0, lines.size() - 1);
                }
                replace(node, statements(node, lines, !(getCurrentPath().getParentPath().getLeaf() instanceof BlockTree)));
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
                List<String> lines = translate(child(node.getValue()), returns.sink());
                replace(node, statements(node, lines, !(getCurrentPath().getParentPath().getLeaf() instanceof BlockTree)));
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
                List<String> lines = translate(child(body), Sink.RETURN);
                String inner = "\n" + indentOf(node) + INDENT + INDENT;
                replace(body, "{" + inner + String.join(inner, lines).replace("\n", inner).replace(inner + inner, inner)
                        + "\n" + indentOf(node) + INDENT + "}");
            } else {
                scan(node.getBody(), Returns.NONE);
            }
            return null;
        }

        @Override
        public Void visitIdentifier(IdentifierTree node, Returns returns) {
            String name = node.getName().toString();
            if (FUTURE_TYPES.contains(name)) {
                throw fail(node, name + " used where the generator cannot tell its sync meaning"
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
                throw fail(node, name + " outside a returned chain: the generator only rewrites futures that are"
                        + " returned (or awaited by the step of a returned chain)");
            }
            if (UNFOLLOWED.contains(name)) {
                throw fail(node, name + " has no sync meaning the generator knows: write the async code with"
                        + " thenApply, thenCompose, thenAccept or handle");
            }
            if (name.endsWith("Async") && name.length() > "Async".length() && select instanceof MemberSelectTree) {
                int nameEnd = end(select);
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

    // Translation of a future-valued expression into statements that hand its value to a sink.

    private List<String> translate(TreePath path, Sink sink) {
        path = unparenthesised(path);
        Tree tree = path.getLeaf();
        if (tree instanceof MethodInvocationTree call) {
            String name = methodName(call);
            if (isFactory(call, "completedFuture")) {
                return value(new TreePath(path, call.getArguments().getFirst()), sink);
            }
            if (isFactory(call, "failedFuture")) {
                ExpressionTree failure = call.getArguments().getFirst();
                return List.of("throw dev.eager.core.Throwables.sneakyThrow(" + relative(failure, render(path, failure)) + ");");
            }
            if (isFactory(call, "allOf")) {
                if (sink.kind() != Kind.DISCARD) {
                    throw fail(call, "allOf only before a step that ignores its value (_ -> ...)");
                }
                return List.of();
            }
            if (STEPS.contains(name) && call.getMethodSelect() instanceof MemberSelectTree member) {
                TreePath receiver = new TreePath(path, member.getExpression());
                Tree argument = call.getArguments().getFirst();
                if (name.equals("thenCompose") && isIdentityFunction(argument)
                        && unparenthesised(receiver).getLeaf() instanceof MethodInvocationTree handle
                        && methodName(handle).equals("handle")) {
                    return handled(unparenthesised(receiver), sink, true);
                }
                if (name.equals("handle")) {
                    return handled(path, sink, false);
                }
                if (!(argument instanceof LambdaExpressionTree lambda) || lambda.getParameters().size() != 1) {
                    throw fail(call, name + " takes a lambda of one parameter here (name it _ to drop the value)");
                }
                TreePath lambdaPath = new TreePath(path, lambda);
                List<String> out = new ArrayList<>(translate(receiver, bindingOf(lambda.getParameters().getFirst(), lambdaPath)));
                TreePath body = new TreePath(lambdaPath, lambda.getBody());
                switch (name) {
                    case "thenCompose" -> out.addAll(lambda.getBody() instanceof BlockTree
                            ? inline(body, new Returns(Returns.Mode.FUTURES, sink)) : translate(body, sink));
                    case "thenApply" -> out.addAll(lambda.getBody() instanceof BlockTree
                            ? inline(body, new Returns(Returns.Mode.VALUES, sink)) : value(body, sink));
                    default -> {
                        out.addAll(lambda.getBody() instanceof BlockTree ? inline(body, Returns.NONE)
                                : List.of(relative(lambda.getBody(), render(body, Returns.NONE)) + ";"));
                        out.addAll(nothing(call, sink));
                    }
                }
                return out;
            }
            return value(path, sink);
        }
        if (tree instanceof ConditionalExpressionTree conditional) {
            requireReturn(conditional, sink);
            List<String> out = new ArrayList<>();
            out.add("if (" + relative(conditional.getCondition(), render(path, conditional.getCondition())) + ") {");
            out.addAll(indented(translate(new TreePath(path, conditional.getTrueExpression()), sink)));
            out.add("} else {");
            out.addAll(indented(translate(new TreePath(path, conditional.getFalseExpression()), sink)));
            out.add("}");
            return out;
        }
        if (tree instanceof SwitchExpressionTree expression) {
            requireReturn(expression, sink);
            List<String> out = new ArrayList<>();
            ExpressionTree selector = expression.getExpression();
            String selected = relative(selector, render(path, selector));
            out.add("switch " + (selector instanceof ParenthesizedTree ? selected : "(" + selected + ")") + " {");
            for (CaseTree arm : expression.getCases()) {
                if (arm.getBody() == null) {
                    throw fail(arm, "switch arms must be rules (case ... ->)");
                }
                TreePath armPath = new TreePath(path, arm);
                TreePath body = new TreePath(armPath, arm.getBody());
                out.add(INDENT + source.substring(start(arm), start(arm.getBody())).strip() + " {");
                out.addAll(indented(indented(arm.getBody() instanceof BlockTree
                        ? inline(body, new Returns(Returns.Mode.YIELDS, sink)) : translate(body, sink))));
                out.add(INDENT + "}");
            }
            out.add("}");
            return out;
        }
        return value(path, sink);
    }

    /** {@code r.handle((T v, Throwable f) -> body)}: the receiver in a try, its outcome in v and f, then the body. */
    private List<String> handled(TreePath path, Sink sink, boolean bodyReturnsFutures) {
        MethodInvocationTree call = (MethodInvocationTree) path.getLeaf();
        if (!(call.getArguments().getFirst() instanceof LambdaExpressionTree lambda)
                || lambda.getParameters().size() != 2
                || lambda.getParameters().stream().anyMatch(p -> p.getType() == null)) {
            throw fail(call, "handle takes a lambda with typed parameters here: (T value, Throwable failure) -> ...");
        }
        TreePath lambdaPath = new TreePath(path, lambda);
        VariableTree value = lambda.getParameters().get(0);
        VariableTree failure = lambda.getParameters().get(1);
        boolean voidValue = value.getType().toString().equals("Void");
        List<String> out = new ArrayList<>();
        if (!voidValue) {
            out.add(render(lambdaPath, value.getType()) + " " + value.getName() + " = null;");
        }
        out.add("Throwable " + failure.getName() + " = null;");
        out.add("try {");
        TreePath receiver = new TreePath(path, ((MemberSelectTree) call.getMethodSelect()).getExpression());
        out.addAll(indented(translate(receiver, voidValue ? Sink.DISCARD : new Sink(Kind.ASSIGN, value.getName().toString()))));
        out.add("} catch (Throwable thrown) {");
        out.add(INDENT + failure.getName() + " = thrown;");
        out.add("}");
        TreePath body = new TreePath(lambdaPath, lambda.getBody());
        Returns.Mode mode = bodyReturnsFutures ? Returns.Mode.FUTURES : Returns.Mode.VALUES;
        if (lambda.getBody() instanceof BlockTree) {
            out.addAll(inline(body, new Returns(mode, sink)));
        } else {
            out.addAll(bodyReturnsFutures ? translate(body, sink) : value(body, sink));
        }
        return out;
    }

    /** The statements of a lambda's block, without its braces, so that what they declare stays in scope. */
    private List<String> inline(TreePath blockPath, Returns returns) {
        BlockTree block = (BlockTree) blockPath.getLeaf();
        if (returns.sink() != null && returns.sink().kind() != Kind.RETURN && returns.sink().kind() != Kind.RETURN_VOID) {
            StatementTree last = block.getStatements().isEmpty() ? null : block.getStatements().getLast();
            for (ReturnTree r : returnsOf(block)) {
                if (r != last) {
                    throw fail(r, "an early return inside a step that is not the last of a returned chain");
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (StatementTree statement : block.getStatements()) {
            out.add(relative(statement, render(new TreePath(blockPath, statement), returns)));
        }
        return out;
    }

    /** Hands a plain value to the sink. */
    private List<String> value(TreePath path, Sink sink) {
        Tree tree = unparenthesised(path).getLeaf();
        boolean isNull = tree instanceof LiteralTree literal && literal.getValue() == null;
        boolean isStatement = switch (tree.getKind()) {
            case METHOD_INVOCATION, NEW_CLASS, ASSIGNMENT, PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT,
                    POSTFIX_DECREMENT -> true;
            default -> false;
        };
        String text = relative(path.getLeaf(), render(path, Returns.NONE));
        return switch (sink.kind()) {
            case RETURN -> List.of("return " + text + ";");
            case RETURN_VOID -> isStatement ? List.of(text + ";", "return;") : List.of("return;");
            case DISCARD -> isStatement ? List.of(text + ";") : List.of();
            case ASSIGN -> List.of(sink.name() + " = " + text + ";");
            case BIND -> {
                if (isNull) {
                    throw fail(tree, "a null bound to '" + sink.name() + "': name the parameter _ to drop it");
                }
                yield List.of("var " + sink.name() + " = " + text + ";");
            }
        };
    }

    /** What a step without a value ({@code thenAccept}) hands on. */
    private List<String> nothing(Tree at, Sink sink) {
        return switch (sink.kind()) {
            case RETURN_VOID -> List.of("return;");
            case DISCARD -> List.of();
            default -> throw fail(at, "thenAccept gives no value to return or bind");
        };
    }

    private Sink bindingOf(VariableTree parameter, TreePath lambdaPath) {
        String name = parameter.getName().toString();
        if (name.isEmpty() || name.equals("_")) {
            return Sink.DISCARD;
        }
        return new Sink(Kind.BIND, name);
    }

    private void requireReturn(Tree tree, Sink sink) {
        if (sink.kind() != Kind.RETURN && sink.kind() != Kind.RETURN_VOID) {
            throw fail(tree, "a conditional future must be returned, not chained on");
        }
    }

    // Recognising futures in the syntax tree.

    private static boolean isFuture(Tree type) {
        return type instanceof ParameterizedTypeTree p && FUTURE_TYPES.contains(simpleName(p.getType()))
                && p.getTypeArguments().size() == 1;
    }

    private static boolean isVoid(Tree futureType) {
        return ((ParameterizedTypeTree) futureType).getTypeArguments().getFirst().toString().equals("Void");
    }

    private String syncReturnType(TreePath futureType) {
        Tree argument = ((ParameterizedTypeTree) futureType.getLeaf()).getTypeArguments().getFirst();
        String primitive = PRIMITIVES.get(argument.toString());
        return primitive != null ? primitive : render(futureType, argument);
    }

    /** Whether a lambda is async: its body is, or returns, a future built by a step or a factory. */
    private boolean isFutureShaped(LambdaExpressionTree lambda) {
        if (lambda.getBody() instanceof BlockTree block) {
            return returnsOf(block).stream().anyMatch(r -> r.getExpression() != null && isFutureShaped(r.getExpression()));
        }
        return isFutureShaped((ExpressionTree) lambda.getBody());
    }

    private boolean isFutureShaped(ExpressionTree expression) {
        while (expression instanceof ParenthesizedTree p) {
            expression = p.getExpression();
        }
        return switch (expression) {
            case MethodInvocationTree call -> STEPS.contains(methodName(call)) && call.getMethodSelect() instanceof MemberSelectTree
                    || isFactory(call, "completedFuture") || isFactory(call, "failedFuture");
            case ConditionalExpressionTree c -> isFutureShaped(c.getTrueExpression()) || isFutureShaped(c.getFalseExpression());
            case SwitchExpressionTree s -> s.getCases().stream().anyMatch(arm -> arm.getBody() instanceof ExpressionTree e
                    ? isFutureShaped(e) : yieldsOf(arm.getBody()).stream().anyMatch(y -> isFutureShaped(y.getValue())));
            default -> false;
        };
    }

    private static boolean isFactory(MethodInvocationTree call, String name) {
        if (!methodName(call).equals(name)) {
            return false;
        }
        return call.getMethodSelect() instanceof IdentifierTree
                || call.getMethodSelect() instanceof MemberSelectTree m && FUTURE_TYPES.contains(simpleName(m.getExpression()));
    }

    private static boolean isIdentityFunction(Tree tree) {
        return tree instanceof MethodInvocationTree call && methodName(call).equals("identity")
                && call.getArguments().isEmpty();
    }

    private static String methodName(MethodInvocationTree call) {
        return switch (call.getMethodSelect()) {
            case IdentifierTree id -> id.getName().toString();
            case MemberSelectTree member -> member.getIdentifier().toString();
            default -> "";
        };
    }

    private static String simpleName(Tree tree) {
        String name = tree.toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    private static boolean isGenerateSync(AnnotationTree annotation) {
        return simpleName(annotation.getAnnotationType()).equals(GenerateSync.class.getSimpleName());
    }

    private static List<String> failuresOf(AnnotationTree annotation) {
        List<String> out = new ArrayList<>();
        for (ExpressionTree argument : annotation.getArguments()) {
            ExpressionTree value = argument instanceof AssignmentTree a ? a.getExpression() : argument;
            List<? extends ExpressionTree> literals = value instanceof NewArrayTree array ? array.getInitializers() : List.of(value);
            for (ExpressionTree literal : literals) {
                out.add(((MemberSelectTree) literal).getExpression().toString());
            }
        }
        return out;
    }

    /** The returns of a block that belong to it, not to a lambda or class inside it. */
    private static List<ReturnTree> returnsOf(Tree block) {
        List<ReturnTree> found = new ArrayList<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitReturn(ReturnTree node, Void unused) {
                found.add(node);
                return null;
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitClass(ClassTree node, Void unused) {
                return null;
            }
        }.scan(block, null);
        return found;
    }

    private static List<YieldTree> yieldsOf(Tree body) {
        List<YieldTree> found = new ArrayList<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void visitYield(YieldTree node, Void unused) {
                found.add(node);
                return null;
            }

            @Override
            public Void visitLambdaExpression(LambdaExpressionTree node, Void unused) {
                return null;
            }

            @Override
            public Void visitSwitchExpression(SwitchExpressionTree node, Void unused) {
                return null;
            }
        }.scan(body, null);
        return found;
    }

    private static TreePath unparenthesised(TreePath path) {
        while (path.getLeaf() instanceof ParenthesizedTree p) {
            path = new TreePath(path, p.getExpression());
        }
        return path;
    }

    // Text: positions, lines and indentation.

    private int start(Tree tree) {
        return (int) positions.getStartPosition(unit, tree);
    }

    private int end(Tree tree) {
        return (int) positions.getEndPosition(unit, tree);
    }

    /** Past the end of {@code at}'s line, when only blanks follow: for deleting a whole line. */
    private int lineEnd(int at) {
        int i = at;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        return i < source.length() && source.charAt(i) == '\n' ? i + 1 : at;
    }

    private String indentOf(Tree tree) {
        int lineStart = source.lastIndexOf('\n', start(tree) - 1) + 1;
        int i = lineStart;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        return source.substring(lineStart, i);
    }

    private String statements(Tree replaced, List<String> lines, boolean needsBraces) {
        String indent = indentOf(replaced);
        if (lines.isEmpty()) {
            return needsBraces ? "{ }" : "";
        }
        if (needsBraces && lines.size() > 1) {
            String inner = "\n" + indent + INDENT;
            return "{" + inner + String.join("\n", lines).replace("\n", inner) + "\n" + indent + "}";
        }
        return String.join("\n", lines).replace("\n", "\n" + indent);
    }

    private static List<String> indented(List<String> lines) {
        return lines.stream().map(l -> INDENT + l.replace("\n", "\n" + INDENT)).toList();
    }

    /**
     * {@code text}, rendered from {@code tree}, with its continuation lines made relative to the
     * line {@code tree} starts on, so that it can be placed at any indentation.
     */
    private String relative(Tree tree, String text) {
        String indent = indentOf(tree);
        return indent.isEmpty() ? text : text.replace("\n" + indent, "\n");
    }

    private GenerationException fail(Tree at, String message) {
        long line = unit.getLineMap().getLineNumber(start(at));
        return new GenerationException(origin + ":" + line + ": " + message);
    }
}

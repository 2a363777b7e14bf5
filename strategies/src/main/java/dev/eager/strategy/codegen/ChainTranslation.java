package dev.eager.strategy.codegen;

import static dev.eager.strategy.codegen.FutureSyntax.STEPS;
import static dev.eager.strategy.codegen.FutureSyntax.isFactory;
import static dev.eager.strategy.codegen.FutureSyntax.isIdentityFunction;
import static dev.eager.strategy.codegen.FutureSyntax.methodName;
import static dev.eager.strategy.codegen.FutureSyntax.returnsOf;
import static dev.eager.strategy.codegen.FutureSyntax.unparenthesised;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a future-valued expression into the statements that compute its value in order and hand
 * it to a {@link Sink}: continuation-passing style back into direct style. {@code
 * a().thenCompose(v -> b(v))} returned is {@code var v = a(); return b(v);}.
 */
final class ChainTranslation {
    static final String INDENT = "    ";

    /** Renders a subtree with the rewrite's edits, its returns read as {@code returns} says. */
    @FunctionalInterface
    interface Renderer {
        String render(TreePath path, Returns returns);
    }

    private final SourceText text;
    private final Renderer renderer;

    ChainTranslation(SourceText text, Renderer renderer) {
        this.text = text;
        this.renderer = renderer;
    }

    List<String> translate(TreePath path, Sink sink) {
        path = unparenthesised(path);
        Tree tree = path.getLeaf();
        if (tree instanceof MethodInvocationTree call) {
            String name = methodName(call);
            if (isFactory(call, "completedFuture")) {
                return value(new TreePath(path, call.getArguments().getFirst()), sink);
            }
            if (isFactory(call, "failedFuture")) {
                ExpressionTree failure = call.getArguments().getFirst();
                return List.of("throw dev.eager.core.Throwables.sneakyThrow(" + text.relative(failure, renderer.render(new TreePath(path, failure), Returns.NONE)) + ");");
            }
            if (isFactory(call, "allOf")) {
                if (sink.kind() != Sink.Kind.DISCARD) {
                    throw text.fail(call, "allOf only before a step that ignores its value (_ -> ...)");
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
                    throw text.fail(call, name + " takes a lambda of one parameter here (name it _ to drop the value)");
                }
                TreePath lambdaPath = new TreePath(path, lambda);
                List<String> out = new ArrayList<>(translate(receiver, bindingOf(lambda.getParameters().getFirst())));
                TreePath body = new TreePath(lambdaPath, lambda.getBody());
                switch (name) {
                    case "thenCompose" -> out.addAll(lambda.getBody() instanceof BlockTree
                            ? inline(body, new Returns(Returns.Mode.FUTURES, sink)) : translate(body, sink));
                    case "thenApply" -> out.addAll(lambda.getBody() instanceof BlockTree
                            ? inline(body, new Returns(Returns.Mode.VALUES, sink)) : value(body, sink));
                    default -> {
                        out.addAll(lambda.getBody() instanceof BlockTree ? inline(body, Returns.NONE)
                                : List.of(text.relative(lambda.getBody(), renderer.render(body, Returns.NONE)) + ";"));
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
            out.add("if (" + text.relative(conditional.getCondition(), renderer.render(new TreePath(path, conditional.getCondition()), Returns.NONE)) + ") {");
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
            String selected = text.relative(selector, renderer.render(new TreePath(path, selector), Returns.NONE));
            out.add("switch " + (selector instanceof ParenthesizedTree ? selected : "(" + selected + ")") + " {");
            for (CaseTree arm : expression.getCases()) {
                if (arm.getBody() == null) {
                    throw text.fail(arm, "switch arms must be rules (case ... ->)");
                }
                TreePath armPath = new TreePath(path, arm);
                TreePath body = new TreePath(armPath, arm.getBody());
                out.add(INDENT + text.text().substring(text.start(arm), text.start(arm.getBody())).strip() + " {");
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
            throw text.fail(call, "handle takes a lambda with typed parameters here: (T value, Throwable failure) -> ...");
        }
        TreePath lambdaPath = new TreePath(path, lambda);
        VariableTree value = lambda.getParameters().get(0);
        VariableTree failure = lambda.getParameters().get(1);
        boolean voidValue = value.getType().toString().equals("Void");
        List<String> out = new ArrayList<>();
        if (!voidValue) {
            out.add(renderer.render(new TreePath(lambdaPath, value.getType()), Returns.NONE) + " " + value.getName() + " = null;");
        }
        out.add("Throwable " + failure.getName() + " = null;");
        out.add("try {");
        TreePath receiver = new TreePath(path, ((MemberSelectTree) call.getMethodSelect()).getExpression());
        out.addAll(indented(translate(receiver, voidValue ? Sink.DISCARD : new Sink(Sink.Kind.ASSIGN, value.getName().toString()))));
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
        if (returns.sink() != null && !returns.sink().returns()) {
            StatementTree last = block.getStatements().isEmpty() ? null : block.getStatements().getLast();
            for (ReturnTree r : returnsOf(block)) {
                if (r != last) {
                    throw text.fail(r, "an early return inside a step that is not the last of a returned chain");
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (StatementTree statement : block.getStatements()) {
            out.add(text.relative(statement, renderer.render(new TreePath(blockPath, statement), returns)));
        }
        return out;
    }

    /** Hands a plain value to the sink. */
    List<String> value(TreePath path, Sink sink) {
        Tree tree = unparenthesised(path).getLeaf();
        boolean isNull = tree instanceof LiteralTree literal && literal.getValue() == null;
        boolean isStatement = switch (tree.getKind()) {
            case METHOD_INVOCATION, NEW_CLASS, ASSIGNMENT, PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT,
                    POSTFIX_DECREMENT -> true;
            default -> false;
        };
        String rendered = text.relative(path.getLeaf(), renderer.render(path, Returns.NONE));
        return switch (sink.kind()) {
            case RETURN -> List.of("return " + rendered + ";");
            case RETURN_VOID -> isStatement ? List.of(rendered + ";", "return;") : List.of("return;");
            case DISCARD -> isStatement ? List.of(rendered + ";") : List.of();
            case ASSIGN -> List.of(sink.name() + " = " + rendered + ";");
            case BIND -> {
                if (isNull) {
                    throw text.fail(tree, "a null bound to '" + sink.name() + "': name the parameter _ to drop it");
                }
                yield List.of("var " + sink.name() + " = " + rendered + ";");
            }
        };
    }

    /** What a step without a value ({@code thenAccept}) hands on. */
    private List<String> nothing(Tree at, Sink sink) {
        return switch (sink.kind()) {
            case RETURN_VOID -> List.of("return;");
            case DISCARD -> List.of();
            default -> throw text.fail(at, "thenAccept gives no value to return or bind");
        };
    }

    /** Where a step's lambda parameter puts the value: a variable of its name, or nowhere for {@code _}. */
    private static Sink bindingOf(VariableTree parameter) {
        String name = parameter.getName().toString();
        if (name.isEmpty() || name.equals("_")) {
            return Sink.DISCARD;
        }
        return new Sink(Sink.Kind.BIND, name);
    }

    private void requireReturn(Tree tree, Sink sink) {
        if (!sink.returns()) {
            throw text.fail(tree, "a conditional future must be returned, not chained on");
        }
    }

    /**
     * The statements replacing {@code replaced}, laid out at its indentation; in braces when there
     * are several and the place takes one statement (an {@code if} without a block).
     */
    String statements(Tree replaced, List<String> lines, boolean needsBraces) {
        String indent = text.indentOf(replaced);
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
}

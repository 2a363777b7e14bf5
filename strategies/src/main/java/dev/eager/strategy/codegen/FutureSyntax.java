package dev.eager.strategy.codegen;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Where the syntax tree says a future is: its types, its factories, its steps, the lambdas that build one. */
final class FutureSyntax {
    static final Set<String> FUTURE_TYPES = Set.of("CompletableFuture", "CompletionStage");
    /** The steps a returned chain may take; each becomes statements. */
    static final Set<String> STEPS = Set.of("thenApply", "thenAccept", "thenCompose", "handle");
    /** The future's own methods that have no sync meaning here (or not yet): they stop the generator. */
    static final Set<String> UNFOLLOWED = Set.of("exceptionally", "exceptionallyCompose", "whenComplete",
            "thenCombine", "thenAcceptBoth", "thenRun", "runAfterBoth", "runAfterEither", "applyToEither",
            "acceptEither", "orTimeout", "completeOnTimeout", "toCompletableFuture", "getNow", "isDone",
            "completeExceptionally", "obtrudeValue", "anyOf", "supplyAsync", "runAsync", "thenApplyAsync",
            "thenAcceptAsync", "thenComposeAsync", "handleAsync", "whenCompleteAsync", "thenRunAsync");

    private FutureSyntax() {
    }

    static boolean isFuture(Tree type) {
        return type instanceof ParameterizedTypeTree p && FUTURE_TYPES.contains(simpleName(p.getType()))
                && p.getTypeArguments().size() == 1;
    }

    static boolean isVoid(Tree futureType) {
        return ((ParameterizedTypeTree) futureType).getTypeArguments().getFirst().toString().equals("Void");
    }

    /** Whether a lambda is async: its body is, or returns, a future built by a step or a factory. */
    static boolean isFutureShaped(LambdaExpressionTree lambda) {
        if (lambda.getBody() instanceof BlockTree block) {
            return returnsOf(block).stream().anyMatch(r -> r.getExpression() != null && isFutureShaped(r.getExpression()));
        }
        return isFutureShaped((ExpressionTree) lambda.getBody());
    }

    static boolean isFutureShaped(ExpressionTree expression) {
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

    static boolean isFactory(MethodInvocationTree call, String name) {
        if (!methodName(call).equals(name)) {
            return false;
        }
        return call.getMethodSelect() instanceof IdentifierTree
                || call.getMethodSelect() instanceof MemberSelectTree m && FUTURE_TYPES.contains(simpleName(m.getExpression()));
    }

    static boolean isIdentityFunction(Tree tree) {
        return tree instanceof MethodInvocationTree call && methodName(call).equals("identity")
                && call.getArguments().isEmpty();
    }

    static String methodName(MethodInvocationTree call) {
        return switch (call.getMethodSelect()) {
            case IdentifierTree id -> id.getName().toString();
            case MemberSelectTree member -> member.getIdentifier().toString();
            default -> "";
        };
    }

    static String simpleName(Tree tree) {
        String name = tree.toString();
        return name.substring(name.lastIndexOf('.') + 1);
    }

    static boolean isGenerateSync(AnnotationTree annotation) {
        return simpleName(annotation.getAnnotationType()).equals(GenerateSync.class.getSimpleName());
    }

    static List<String> failuresOf(AnnotationTree annotation) {
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
    static List<ReturnTree> returnsOf(Tree block) {
        return ownNodes(block, ReturnTree.class, tree -> tree instanceof LambdaExpressionTree || tree instanceof ClassTree);
    }

    /** The yields of a case body that belong to its switch, not to a lambda or switch inside it. */
    static List<YieldTree> yieldsOf(Tree body) {
        return ownNodes(body, YieldTree.class,
                tree -> tree instanceof LambdaExpressionTree || tree instanceof SwitchExpressionTree);
    }

    /** The nodes of {@code type} under {@code root}, not looking inside a node {@code nested} accepts. */
    private static <T extends Tree> List<T> ownNodes(Tree root, Class<T> type, Predicate<Tree> nested) {
        List<T> found = new ArrayList<>();
        new TreeScanner<Void, Void>() {
            @Override
            public Void scan(Tree tree, Void unused) {
                if (tree == null || nested.test(tree)) {
                    return null;
                }
                if (type.isInstance(tree)) {
                    found.add(type.cast(tree));
                    return null;
                }
                return super.scan(tree, unused);
            }
        }.scan(root, null);
        return found;
    }

    static TreePath unparenthesised(TreePath path) {
        while (path.getLeaf() instanceof ParenthesizedTree p) {
            path = new TreePath(path, p.getExpression());
        }
        return path;
    }
}

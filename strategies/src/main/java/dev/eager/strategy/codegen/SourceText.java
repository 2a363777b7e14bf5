package dev.eager.strategy.codegen;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;

/** One compilation unit's text and where its syntax tree's nodes sit in it: what the rewrite edits. */
final class SourceText {
    private final String origin;
    private final CompilationUnitTree unit;
    private final SourcePositions positions;
    private final String source;

    SourceText(String origin, CompilationUnitTree unit, SourcePositions positions, String source) {
        this.origin = origin;
        this.unit = unit;
        this.positions = positions;
        this.source = source;
    }

    CompilationUnitTree unit() {
        return unit;
    }

    /** The whole text. */
    String text() {
        return source;
    }

    int start(Tree tree) {
        return (int) positions.getStartPosition(unit, tree);
    }

    int end(Tree tree) {
        return (int) positions.getEndPosition(unit, tree);
    }

    /** Past the end of {@code at}'s line, when only blanks follow: for deleting a whole line. */
    int lineEnd(int at) {
        int i = at;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        return i < source.length() && source.charAt(i) == '\n' ? i + 1 : at;
    }

    String indentOf(Tree tree) {
        int lineStart = source.lastIndexOf('\n', start(tree) - 1) + 1;
        int i = lineStart;
        while (i < source.length() && (source.charAt(i) == ' ' || source.charAt(i) == '\t')) {
            i++;
        }
        return source.substring(lineStart, i);
    }

    /**
     * {@code text}, rendered from {@code tree}, with its continuation lines made relative to the
     * line {@code tree} starts on, so that it can be placed at any indentation.
     */
    String relative(Tree tree, String text) {
        String indent = indentOf(tree);
        return indent.isEmpty() ? text : text.replace("\n" + indent, "\n");
    }

    GenerationException fail(Tree at, String message) {
        long line = unit.getLineMap().getLineNumber(start(at));
        return new GenerationException(origin + ":" + line + ": " + message);
    }
}

package dev.eager.harness.loc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceLinesTest {
    @Test
    void codeLinesCountAndBlankAndLineCommentsDoNot() {
        assertEquals(2, SourceLines.count("int a = 1;\n\n   // a comment\n\tint b = 2; // after code\n"));
    }

    @Test
    void everyLineOfABlockCommentIsAComment() {
        assertEquals(1, SourceLines.count("/**\n * Javadoc.\n */\nclass A {}\n/* one line */\n"));
    }

    @Test
    void theLineThatClosesABlockIsACommentEvenWithCodeAfterIt() {
        assertEquals(1, SourceLines.count("/* open\n close */ int a;\nint b;\n"));
    }
}

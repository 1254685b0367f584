package org.newsframe.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CellEvaluatorTest {

    private static final ByteArrayOutputStream OUT = new ByteArrayOutputStream();
    private static CellEvaluator cells;

    @BeforeAll
    static void start() {
        cells = new CellEvaluator(new PrintStream(OUT, true), new PrintStream(OUT, true), new ByteArrayInputStream(new byte[0]),
                System.getProperty("java.class.path"));
        cells.startup();
    }

    @AfterAll
    static void stop() {
        cells.close();
    }

    @Test
    void aCellIsSeveralSnippetsAndItsValueIsTheLastExpressionsObject() {
        Object v = cells.eval("int a = 20;\nint b = a + 1;\nList.of(a, b)");
        assertEquals(List.of(20, 21), v, "the object itself, not its toString");
        assertEquals(42, cells.eval("a + b + 1"), "variables live across cells");
    }

    @Test
    void aWrittenSemicolonShowsNothingAsInIPython() {
        assertNull(cells.eval("String.valueOf(7);"));
        assertEquals("7", cells.eval("String.valueOf(7)"));
        assertNull(cells.eval("int quiet = 3;"), "a declaration shows nothing");
        assertNull(cells.eval("quiet = 4;"));
        assertEquals(4, cells.eval("quiet"));
    }

    @Test
    void objectsAreTheKernelsOwnClassesSoTheRendererKnowsThem() {
        Object chart = cells.eval("new org.knowm.xchart.CategoryChartBuilder().width(10).height(10).build()");
        assertSame(org.knowm.xchart.CategoryChart.class, chart.getClass(), "loaded by the kernel's loader, not a copy");
    }

    @Test
    void methodsAndClassesDeclaredInACellAreUsableLater() {
        cells.eval("record Pair(String a, int n) {}\nstatic int twice(int x) { return 2 * x; }");
        assertEquals("Pair[a=x, n=6]", cells.eval("new Pair(\"x\", twice(3)).toString()"));
    }

    @Test
    void aCompileErrorNamesTheSnippetAndTheReason() {
        CellError e = assertThrows(CellError.class, () -> cells.eval("int ok = 1;\nString s = 5;"));
        assertEquals("compile error", e.getMessage());
        assertEquals("String s = 5;", e.lines().get(0));
        assertTrue(e.lines().stream().anyMatch(l -> l.contains("incompatible types")), String.join("\n", e.lines()));
    }

    @Test
    void anExceptionInACellIsReportedWithItsTypeMessageAndCellFrame() {
        CellError e = assertThrows(CellError.class, () -> cells.eval("Integer.parseInt(\"twelve\")"));
        assertEquals("java.lang.NumberFormatException", e.getMessage());
        assertEquals("java.lang.NumberFormatException: For input string: \"twelve\"", e.lines().get(0));
        assertTrue(e.lines().size() > 1 && e.lines().get(1).startsWith("\tat "), String.join("\n", e.lines()));
    }

    @Test
    void incompleteInputIsAnErrorAndIsCompleteSaysSo() {
        assertThrows(CellError.class, () -> cells.eval("for (int i = 0; i < 3; i++) {"));
        assertEquals("    ", cells.isComplete("for (int i = 0; i < 3; i++) {"));
        assertEquals(org.dflib.jjava.jupyter.kernel.BaseKernel.IS_COMPLETE_YES, cells.isComplete("int z = 1;"));
    }
}

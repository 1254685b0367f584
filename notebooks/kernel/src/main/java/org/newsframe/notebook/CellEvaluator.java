package org.newsframe.notebook;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Evaluates notebook cells with JShell: a cell is split into snippets (declarations, statements,
 * expressions), each compiled and run in turn by {@link InProcessExecution}; the value of a cell is the value
 * of its last snippet when that is an expression without a closing semicolon, as in IPython. A snippet that does not compile or
 * that throws stops the cell with a {@link CellError} naming the snippet and the reason.
 */
final class CellEvaluator implements AutoCloseable {

    /** Imports every cell starts with: the display functions of JJava's kernel base, as in JJava itself. */
    static final List<String> STARTUP = List.of(
            "import static org.dflib.jjava.jupyter.kernel.BaseNotebookStatics.*;",
            "import java.util.*;",
            "import java.util.stream.*;");

    private final InProcessExecution execution = new InProcessExecution();
    private final JShell shell;

    CellEvaluator(PrintStream out, PrintStream err, InputStream in, String classpath) {
        this.shell = JShell.builder()
                .out(out).err(err).in(in)
                .executionEngine(execution.provider(), java.util.Map.of())
                .build();
        for (String entry : classpath.split(java.io.File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
    }

    /** Runs the startup imports (after the kernel's display functions exist). */
    void startup() {
        for (String s : STARTUP) {
            eval(s);
        }
    }

    /**
     * Evaluates a cell; returns the value of its last expression, or null when the cell ends in a statement or
     * declaration, or the expression is void.
     */
    Object eval(String cell) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        CompletionInfo info = analysis.analyzeCompletion(cell);
        Object last = null;
        try {
            while (info.completeness().isComplete()) {
                Object value = evalSnippet(info.source());
                // IPython's rule: an expression ended by a written ";" shows nothing ("display(chart);")
                last = info.source().strip().endsWith(";") ? null : value;
                info = analysis.analyzeCompletion(info.remaining());
            }
        } finally {
            execution.clearValues();
        }
        if (info.completeness() != SourceCodeAnalysis.Completeness.EMPTY) {
            throw new CellError("incomplete input", List.of("Incomplete input:", info.remaining().strip()));
        }
        return last == InProcessExecution.NO_VALUE ? null : last;
    }

    private Object evalSnippet(String source) {
        List<SnippetEvent> events = shell.eval(source);
        Object value = null;
        for (SnippetEvent e : events) {
            Object kept = execution.take(e.value());
            if (e.causeSnippet() != null) {
                continue; // a dependent snippet updated by this one
            }
            JShellException thrown = e.exception();
            if (thrown != null) {
                throw runtimeError(source, thrown);
            }
            if (e.status() == Snippet.Status.REJECTED) {
                throw compileError(e.snippet());
            }
            switch (e.snippet().subKind()) {
                case VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND, TEMP_VAR_EXPRESSION_SUBKIND -> value = kept;
                default -> value = null;
            }
        }
        return value;
    }

    private CellError compileError(Snippet snippet) {
        List<String> lines = new ArrayList<>();
        String source = snippet.source();
        for (Diag d : (Iterable<Diag>) shell.diagnostics(snippet)::iterator) {
            if (!d.isError()) {
                continue;
            }
            int at = (int) Math.max(0, Math.min(source.length(), d.getStartPosition()));
            int lineStart = source.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
            int lineEnd = source.indexOf('\n', at);
            String line = source.substring(lineStart, lineEnd < 0 ? source.length() : lineEnd);
            lines.add(line);
            lines.add(" ".repeat(Math.max(0, at - lineStart)) + "^");
            d.getMessage(null).lines().filter(l -> !l.strip().startsWith("location:")).forEach(lines::add);
        }
        if (lines.isEmpty()) {
            lines.add("not accepted: " + source.strip());
        }
        return new CellError("compile error", lines);
    }

    private CellError runtimeError(String source, JShellException thrown) {
        List<String> lines = new ArrayList<>();
        if (thrown instanceof UnresolvedReferenceException u) {
            lines.add("unresolved: " + u.getSnippet().source().strip());
            shell.unresolvedDependencies(u.getSnippet()).forEach(d -> lines.add("   needs " + d));
            return new CellError("unresolved reference", lines);
        }
        String type = thrown instanceof EvalException ee ? ee.getExceptionClassName() : thrown.getClass().getName();
        lines.add(type + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage()));
        for (StackTraceElement el : thrown.getStackTrace()) {
            lines.add("\tat " + el);
            if (el.getClassName().startsWith("REPL.")) {
                break; // the rest is JShell's own machinery
            }
        }
        Throwable cause = thrown.getCause();
        while (cause != null) {
            String causeType = cause instanceof EvalException ee ? ee.getExceptionClassName() : cause.getClass().getName();
            lines.add("Caused by: " + causeType + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            cause = cause.getCause();
        }
        return new CellError(type, lines);
    }

    /** Jupyter's is_complete: "complete", "incomplete" (with the indent to continue with), or "invalid". */
    String isComplete(String code) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        CompletionInfo info = analysis.analyzeCompletion(code);
        while (info.completeness().isComplete()) {
            info = analysis.analyzeCompletion(info.remaining());
        }
        return switch (info.completeness()) {
            case UNKNOWN -> org.dflib.jjava.jupyter.kernel.BaseKernel.IS_COMPLETE_BAD;
            case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> org.dflib.jjava.jupyter.kernel.BaseKernel.IS_COMPLETE_YES;
            case CONSIDERED_INCOMPLETE, DEFINITELY_INCOMPLETE -> "    ";
        };
    }

    JShell shell() {
        return shell;
    }

    /** Stops the running cell (Jupyter's interrupt). */
    void interrupt() {
        execution.stop();
    }

    @Override
    public void close() {
        shell.close();
    }
}

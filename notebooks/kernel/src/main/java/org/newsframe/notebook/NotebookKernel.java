package org.newsframe.notebook;

import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.SourceCodeAnalysis;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.BaseKernelBuilder;
import org.dflib.jjava.jupyter.kernel.HelpLink;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;

/**
 * The newsframe Jupyter kernel: Jupyter messaging, display and magics from JJava's kernel base
 * ({@code org.dflib.jjava:jjava-jupyter}); cells evaluated by JShell in this JVM ({@link CellEvaluator}), so
 * Spark, the newsframe jobs and XChart are one import away. A cell's last value is rendered by type
 * ({@link Displays}): a chart or image as PNG, a Dataset as an HTML table, anything else as text;
 * {@code display(x)} shows one mid-cell.
 */
public final class NotebookKernel extends BaseKernel {

    private final CellEvaluator evaluator;

    private NotebookKernel(String name, String version, HistoryManager history, JupyterIO io, CommManager comms,
                           Renderer renderer, MagicParser magics, MagicsRegistry registry, StringStyler errors,
                           CellEvaluator evaluator) {
        super(name, version,
                new LanguageInfo.Builder("Java").version(Runtime.version().toString())
                        .mimetype("text/x-java-source").fileExtension(".jshell").pygments("java").codemirror("java")
                        .build(),
                List.of(new HelpLink("newsframe notebooks", "notebooks/README.md")),
                history, io, comms, renderer, magics, registry, false, errors);
        this.evaluator = evaluator;
    }

    /** A kernel whose cells see the given classpath (this JVM's own, from the launcher). */
    public static NotebookKernel create(String classpath) {
        return new Builder().name("newsframe").version(NotebookKernel.class.getPackage().getImplementationVersion() == null
                ? "dev" : NotebookKernel.class.getPackage().getImplementationVersion()).build(classpath);
    }

    @Override
    public void onStartup() {
        super.onStartup();
        evaluator.startup();
    }

    @Override
    public Object evalRaw(String source) {
        return evaluator.eval(magicParser.resolveMagics(source));
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        int end = at;
        while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
            end++;
        }
        List<SourceCodeAnalysis.Documentation> docs =
                evaluator.shell().sourceCodeAnalysis().documentation(code, end, true);
        if (docs == null || docs.isEmpty()) {
            return null;
        }
        return new DisplayData(docs.stream()
                .map(d -> d.javadoc() == null ? d.signature() : d.signature() + "\n" + d.javadoc())
                .collect(Collectors.joining("\n\n")));
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions =
                evaluator.shell().sourceCodeAnalysis().completionSuggestions(code, at, anchor);
        if (suggestions == null || suggestions.isEmpty()) {
            return null;
        }
        List<String> options = suggestions.stream()
                .sorted((a, b) -> Boolean.compare(b.matchesType(), a.matchesType()))
                .map(SourceCodeAnalysis.Suggestion::continuation).distinct().collect(Collectors.toList());
        return new ReplacementOptions(options, anchor[0], at);
    }

    @Override
    public String isComplete(String code) {
        return evaluator.isComplete(code);
    }

    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof CellError c) {
            return c.lines().stream().map(errorStyler::secondary).collect(Collectors.toList());
        }
        return super.formatError(e);
    }

    @Override
    public void interrupt() {
        evaluator.interrupt();
    }

    @Override
    public void onShutdown(boolean restarting) {
        super.onShutdown(restarting);
        evaluator.close();
    }

    /** The base builder's defaults (IO, history, comms, error styling), with this kernel's renderers and JShell. */
    private static final class Builder extends BaseKernelBuilder<Builder, NotebookKernel> {

        NotebookKernel build(String classpath) {
            JupyterIO io = buildJupyterIO(buildJupyterIOEncoding());
            Renderer renderer = buildRenderer();
            Displays.register(renderer);
            MagicParser magics = new MagicParser("(?<=(?:^|=))\\s*%", "%%", buildMagicTranspiler());
            CellEvaluator evaluator = new CellEvaluator(io.out, io.err, io.in, classpath);
            return new NotebookKernel(buildName(), buildVersion(), buildHistoryManager(), io, buildCommManager(), renderer,
                    magics, buildMagicsRegistry(), buildErrorStyler(), evaluator);
        }

        @Override
        public NotebookKernel build() {
            return build(System.getProperty("java.class.path"));
        }
    }
}

package org.newsframe.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.io.OutputLock;
import org.newsframe.ingest.IngestFacts;
import org.newsframe.pipeline.Pipeline;
import org.newsframe.pipeline.RunContext;
import org.newsframe.pipeline.RunSummary;
import org.newsframe.pipeline.Stage;
import org.newsframe.pipeline.StageRegistry;
import org.newsframe.run.Stages;
import org.newsframe.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsframe run}: every stage (or the chosen ones), input files → Parquet tables. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run the stages on the input and write the tables under --output.",
                "Stages, in order: ingest, annotate, actor-tables, sentiment-tables, displacement-events.",
                "With --stages or --from only those run, over the tables already in --output (ingest needs --input).",
                "Tables are replaced as a whole at the end of a successful run; a failed run leaves the previous output as it was."})
final class RunCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", paramLabel = "PATH",
            description = "A file, a directory (read recursively) or a glob; local, hdfs://, s3a://… Required when ingest runs.")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Input format for every file: jsonl, csv, parquet, txt (default: from each extension).")
    String format;

    @Option(names = "--stages", split = ",", paramLabel = "STAGE[,STAGE…]",
            description = "Run only these stages (in pipeline order), reading the tables they need from --output, e.g. --stages annotate,actor-tables.")
    List<String> stages = new ArrayList<>();

    @Option(names = "--from", paramLabel = "STAGE",
            description = "Run this stage and every stage after it, e.g. --from actor-tables.")
    String from;

    @Option(names = "--incremental", description = {"Read only the input files the output's ledger does not list (new since",
            "the last run), add their articles to the tables and recompute what they change (docs/running.md)."})
    boolean incremental;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() {
        List<String> extra = new ArrayList<>();
        if (format != null) {
            extra.add("input.format=" + format);
        }
        NewsframeConfig config = session.load(extra);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StageRegistry registry = Stages.registry();
        List<Stage> selected = registry.select(stages, from);
        if (output.isBlank()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--output is empty: give the directory for the tables");
        }
        boolean readsInput = Pipeline.readsInput(selected);
        if (incremental && (!stages.isEmpty() || from != null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--incremental runs every stage: leave out --stages and --from");
        }
        if (input == null && readsInput) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--input is required when the ingest stage runs (leave it out with --stages or --from)");
        }
        if (input != null && !readsInput) {
            err.println("newsframe: warning: --input is ignored: no stage of this run reads it");
        }
        long t0 = System.nanoTime();
        SparkSession spark = Sessions.create(config, session.master);
        RunContext ctx = new RunContext(spark, config, input, output, RunContext.newRunId(), Version.get(), msg -> {
            err.println("newsframe: " + msg);
            err.flush();
        }).incremental(incremental);
        ctx.store().checkOutput();
        Pipeline pipeline = Pipeline.plan(selected, config, ctx.store()::exists);
        pipeline.staleAfter(registry.all(), config).forEach(w -> err.println("newsframe: warning: " + w));
        RunSummary summary;
        try (OutputLock lock = ctx.store().lock(w -> err.println("newsframe: warning: " + w))) {
            summary = pipeline.run(ctx);
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        out.print("newsframe run " + summary.runId());
        summary.fact(IngestFacts.class).ifPresentOrElse(
                f -> out.printf(": %,d records read = %,d articles + %,d rejects%s%s", f.recordsRead(), f.articles(),
                        f.rejects(), reasons(f.rejectsByReason()),
                        f.skipped() == 0 ? "" : String.format(" + %,d skipped %s", f.skipped(), f.skippedByKind())),
                () -> out.print(" (stages " + String.join(", ", summary.stages()) + ")"));
        out.printf(" in %.1f s%n", secs);
        out.println("tables in " + summary.output() + ":");
        for (Map.Entry<String, Long> e : summary.rows().entrySet()) {
            out.printf("  %-20s %,10d rows%n", e.getKey(), e.getValue());
        }
        out.println("manifest: " + summary.manifestPath());
        out.println("query:    bin/newsframe query --data " + output
                + " \"SELECT pub_date, count(*) AS n FROM articles GROUP BY pub_date ORDER BY pub_date\"");
        out.flush();
        return ExitCodes.OK;
    }

    private static String reasons(Map<String, Long> byReason) {
        if (byReason.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder(" (");
        new java.util.TreeMap<>(byReason).forEach((k, v) -> sb.append(sb.length() > 2 ? ", " : "").append(k).append(": ").append(v));
        return sb.append(')').toString();
    }
}

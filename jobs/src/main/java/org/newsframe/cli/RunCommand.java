package org.newsframe.cli;

import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.pipeline.Pipeline;
import org.newsframe.pipeline.RunContext;
import org.newsframe.pipeline.RunSummary;
import org.newsframe.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsframe run}: every stage, input files → Parquet tables. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run every stage on the input and write the tables under --output.",
                "Tables are replaced as a whole at the end of a successful run; a failed run leaves the previous output as it was."})
final class RunCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH",
            description = "A file, a directory (read recursively) or a glob; local, hdfs://, s3a://…")
    String input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Output directory.")
    String output;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Input format for every file: jsonl, csv, parquet, txt (default: from each extension).")
    String format;

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
        long t0 = System.nanoTime();
        SparkSession spark = Sessions.create(config, session.master);
        String runId = LocalDateTime.now(java.time.ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"))
                + "-" + Long.toHexString(Double.doubleToLongBits(Math.random())).substring(0, 6);
        RunContext ctx = new RunContext(spark, config, input, output, runId, Version.get(), msg -> {
            err.println("newsframe: " + msg);
            err.flush();
        });
        RunSummary summary;
        try {
            summary = Pipeline.standard().run(ctx);
        } catch (RuntimeException e) {
            Pipeline.abandon(ctx);
            throw e;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        long articles = summary.rows().getOrDefault("articles", 0L);
        long rejects = summary.rows().getOrDefault("rejects", 0L);
        out.printf("newsframe run %s: %,d records read = %,d articles + %,d rejects%s in %.1f s%n", summary.runId(),
                summary.recordsRead(), articles, rejects, reasons(summary.rejectsByReason()), secs);
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
        byReason.forEach((k, v) -> sb.append(sb.length() > 2 ? ", " : "").append(k).append(": ").append(v));
        return sb.append(')').toString();
    }
}

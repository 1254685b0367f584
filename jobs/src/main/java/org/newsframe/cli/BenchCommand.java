package org.newsframe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.ingest.IngestFacts;
import org.newsframe.pipeline.Pipeline;
import org.newsframe.pipeline.RunContext;
import org.newsframe.pipeline.RunSummary;
import org.newsframe.run.Stages;
import org.newsframe.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsframe bench}: runs the whole pipeline on an input into a scratch directory, several times,
 * and prints the throughput of every stage (input records per second of wall time). The numbers in
 * docs/benchmarks.md come from this command.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark: run every stage on --input (repeatedly) and print records/s per stage.",
                "The first repetition warms the JVM up and is reported but not counted in the best/median."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "Corpus to run on.")
    String input;

    @Option(names = "--repeat", defaultValue = "3", paramLabel = "N", description = "Repetitions (default 3).")
    int repeat;

    @Option(names = "--no-floor", description = "Do not measure the floor (the minimal Spark job over the same input).")
    boolean noFloor;

    @Option(names = "--spark-nlp", paramLabel = "N", description = {"Also run a Spark NLP rule pipeline (sentences, tokens,",
            "TextMatcher over the actor aliases, SentimentDetector, RegexMatcher) on the first N records of the input",
            "and print its rate (one timed pass, JIT warm from the runs before) beside newsframe's and the floor's."})
    Integer sparkNlp;

    @Mixin
    SessionOptions session;

    /**
     * The Spark NLP rule pipeline on the first {@code n} records, spread over the session's cores: records per
     * second from the transform to the Parquet write (the sample is read and cached first, untimed).
     */
    private double sparkNlp(SparkSession spark, NewsframeConfig config, Path scratch, int n) throws IOException {
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> sample = spark.read().json(input).select("id", "text")
                .filter("text IS NOT NULL").limit(n).repartition(spark.sparkContext().defaultParallelism()).cache();
        long records = sample.count();
        org.apache.spark.ml.PipelineModel model = org.newsframe.sparknlp.RulePipeline.build(spark,
                org.newsframe.annotate.Extractors.dictionary(config), org.newsframe.sentiment.Lexicon.get().entries(),
                Files.createDirectories(scratch.resolve("spark-nlp")));
        long t0 = System.nanoTime();
        org.newsframe.sparknlp.RulePipeline.counts(model, sample).write().parquet(scratch.resolve("spark-nlp-out").toString());
        double rate = records / ((System.nanoTime() - t0) / 1e9);
        sample.unpersist();
        return rate;
    }

    /**
     * The floor: the least a Spark job over the same input does — read it with Spark's JSON source, split each
     * text on whitespace, write id and token count as Parquet. Records per second, best of {@code repeat}.
     */
    private double floor(SparkSession spark, Path scratch, int repeat) {
        double best = 0;
        for (int i = 0; i < repeat; i++) {
            String out = scratch.resolve("floor-" + i).toString();
            long t0 = System.nanoTime();
            org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> raw = spark.read().json(input);
            long n = raw.count();
            raw.select(org.apache.spark.sql.functions.col("id"), org.apache.spark.sql.functions.size(
                            org.apache.spark.sql.functions.split(org.apache.spark.sql.functions.col("text"), "\\s+")).as("n_tokens"))
                    .write().parquet(out);
            best = Math.max(best, n / ((System.nanoTime() - t0) / 1e9));
        }
        return best;
    }

    @Override
    public Integer call() throws IOException {
        if (sparkNlp != null && sparkNlp < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--spark-nlp must be >= 1");
        }
        NewsframeConfig config = session.load(java.util.List.of());
        SparkSession spark = Sessions.create(config, session.master);
        PrintWriter out = spec.commandLine().getOut();
        Path scratch = Files.createTempDirectory("newsframe-bench");
        out.printf("bench: input %s, master %s, %d cores, %d repetitions%n", input, spark.sparkContext().master(),
                spark.sparkContext().defaultParallelism(), repeat);
        java.util.Map<String, java.util.List<Double>> rates = new java.util.LinkedHashMap<>();
        long records = 0;
        double bestTotal = Double.MAX_VALUE;
        double floorRate = 0;
        double sparkNlpRate = 0;
        try {
            for (int i = 1; i <= Math.max(1, repeat); i++) {
                RunContext ctx = new RunContext(spark, config, input, scratch.resolve("out").toString(), "bench-" + i,
                        Version.get(), msg -> { });
                long t0 = System.nanoTime();
                RunSummary s = Pipeline.plan(Stages.registry().all(), config, ctx.store()::exists).run(ctx);
                double total = (System.nanoTime() - t0) / 1e9;
                if (i > 1 || repeat <= 1) {
                    bestTotal = Math.min(bestTotal, total);
                }
                records = s.fact(IngestFacts.class).orElseThrow().recordsRead();
                StringBuilder line = new StringBuilder(String.format("run %d: %,d records, total %.2f s", i, records, total));
                for (Map.Entry<String, Long> e : s.stageMillis().entrySet()) {
                    double rate = records / Math.max(e.getValue() / 1000.0, 1e-3);
                    line.append(String.format(" | %s %.2f s = %,.0f records/s", e.getKey(), e.getValue() / 1000.0, rate));
                    if (i > 1 || repeat == 1) {
                        rates.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(rate);
                    }
                }
                out.println(line);
                out.flush();
            }
            if (!noFloor) {
                floorRate = floor(spark, scratch, Math.max(1, repeat));
            }
            if (sparkNlp != null) {
                sparkNlpRate = sparkNlp(spark, config, scratch, sparkNlp);
            }
        } finally {
            deleteRecursively(scratch);
        }
        for (Map.Entry<String, java.util.List<Double>> e : rates.entrySet()) {
            java.util.List<Double> r = new java.util.ArrayList<>(e.getValue());
            r.sort(null);
            out.printf("stage %-10s best %,.0f records/s, median %,.0f records/s%n", e.getKey(), r.get(r.size() - 1),
                    r.get(r.size() / 2));
        }
        if (!noFloor) {
            double best = records / bestTotal;
            out.printf("floor (spark.read().json, whitespace split, Parquet write; best of %d): %.2f s = %,.0f records/s%n",
                    Math.max(1, repeat), records / floorRate, floorRate);
            out.printf("newsframe, all tables, best run: %,.0f records/s = %.3f of the floor%n", best, best / floorRate);
        }
        if (sparkNlp != null) {
            double best = records / bestTotal;
            out.printf("Spark NLP rule pipeline (sentences, tokens, TextMatcher, SentimentDetector, RegexMatcher; first %,d"
                    + " records): %,.1f records/s; newsframe, all tables, is %.1f× that%s%n", sparkNlp, sparkNlpRate,
                    best / sparkNlpRate, noFloor ? "" : String.format(", the floor %.0f×", floorRate / sparkNlpRate));
        }
        // the name tagger on its own, one core, over the same corpus (a local JSON Lines file)
        org.newsframe.ner.NameTagger tagger = org.newsframe.annotate.Extractors.nameTagger(config.actors().tagger());
        Path file = Path.of(input);
        if (tagger != null && Files.isRegularFile(file) && input.endsWith(".jsonl")) {
            java.util.List<String> texts = new java.util.ArrayList<>(new java.util.TreeMap<>(org.newsframe.eval.ArticleTexts.read(file, "id")).values());
            out.println(org.newsframe.eval.TaggerData.speedOn(tagger, texts, Math.max(2, repeat)));
        }
        // the targeted scorer on its own, one core, over the mentions of the same corpus
        if (Files.isRegularFile(file) && input.endsWith(".jsonl")) {
            java.util.List<String> texts = new java.util.ArrayList<>(new java.util.TreeMap<>(org.newsframe.eval.ArticleTexts.read(file, "id")).values());
            org.newsframe.annotate.Extractors x = org.newsframe.annotate.Extractors.load(config);
            out.println(org.newsframe.eval.SentimentBenchmarks.speedOn(x.mentionFinder(), x.scorer(), texts, Math.max(2, repeat)));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void deleteRecursively(Path p) throws IOException {
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(q -> q.toFile().delete());
        }
    }
}

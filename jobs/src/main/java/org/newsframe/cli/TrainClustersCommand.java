package org.newsframe.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsframe.eval.ArticleTexts;
import org.newsframe.eval.ConllDocuments;
import org.newsframe.ner.ClusterTrainer;
import org.newsframe.ner.WordClusters;
import org.newsframe.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsframe train-clusters}: word clusters for the name tagger from unlabelled news (Spark MLlib). */
@Command(name = "train-clusters", mixinStandardHelpOptions = true,
        description = {"Learn word clusters from unlabelled text: Spark MLlib Word2Vec over newsframe's tokens, then k-means",
                "at each of --sizes on the unit-length vectors. Input: JSON Lines corpora (id, text) and CoNLL files (text only,",
                "labels unread). Deterministic for a seed. The shipped clusters are jobs/src/main/resources/" + WordClusters.BUILTIN,
                "(docs/actors.md)."})
final class TrainClustersCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--unlabeled", required = true, paramLabel = "FILE", split = ",",
            description = "Unlabelled text: a .jsonl corpus (id, text) or a CoNLL file (words only). Repeatable.")
    List<Path> unlabeled = new ArrayList<>();

    @Option(names = "--sizes", defaultValue = "64,256,1024", split = ",", paramLabel = "K",
            description = "Clusters per level, coarse to fine (default ${DEFAULT-VALUE}).")
    int[] sizes;

    @Option(names = "--vector-size", defaultValue = "64", paramLabel = "D", description = "Word2Vec dimensions (default ${DEFAULT-VALUE}).")
    int vectorSize;

    @Option(names = "--min-count", defaultValue = "5", paramLabel = "N", description = "Words seen at least N times get a cluster (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--iterations", defaultValue = "3", paramLabel = "N", description = "Word2Vec passes (default ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S", description = "Seed of Word2Vec and k-means (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the clusters (.tsv.gz).")
    Path out;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() throws Exception {
        java.io.PrintWriter printer = spec.commandLine().getOut();
        if (vectorSize < 8 || minCount < 1 || iterations < 1 || sizes.length == 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--vector-size ≥ 8, --min-count ≥ 1, --iterations ≥ 1, --sizes K,…");
        }
        ClusterTrainer.Settings settings = new ClusterTrainer.Settings(vectorSize, 5, minCount, iterations, sizes, seed);
        WordClusters clusters = train(session, unlabeled, settings, printer);
        StringBuilder command = new StringBuilder("bin/newsframe train-clusters");
        for (Path p : unlabeled) {
            command.append(" --unlabeled ").append(p.getFileName());
        }
        command.append(String.format(" --sizes %s --vector-size %d --min-count %d --iterations %d --seed %d",
                String.join(",", java.util.Arrays.stream(sizes).mapToObj(Integer::toString).toList()), vectorSize, minCount, iterations, seed));
        try (OutputStream os = Files.newOutputStream(out)) {
            clusters.write(os, "newsframe word clusters: word (token key) and its k-means cluster per level (docs/actors.md).",
                    "Made by: " + command + " --out FILE");
        }
        printer.printf("%,d words, wrote %s (%d kB)%n", clusters.words(), out, Files.size(out) >> 10);
        printer.flush();
        return ExitCodes.OK;
    }

    /** Reads the unlabelled files and trains (also used by train-tagger --unlabeled). */
    static WordClusters train(SessionOptions session, List<Path> files, ClusterTrainer.Settings settings, java.io.PrintWriter printer)
            throws java.io.IOException {
        List<String> texts = new ArrayList<>();
        for (Path p : files) {
            SessionOptions.requireFile(p);
            String name = p.getFileName().toString();
            if (name.endsWith(".jsonl") || name.endsWith(".json")) {
                texts.addAll(new TreeMap<>(ArticleTexts.read(p, "id")).values());
            } else {
                for (ConllDocuments.Document d : ConllDocuments.read(p)) {
                    texts.add(d.text());
                }
            }
        }
        SparkSession spark = Sessions.create(session.load(List.of()), session.master);
        return ClusterTrainer.train(spark, texts, settings, line -> {
            printer.println(line);
            printer.flush();
        });
    }
}

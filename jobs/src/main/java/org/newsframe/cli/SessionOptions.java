package org.newsframe.cli;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.newsframe.config.ConfigLoader;
import org.newsframe.config.NewsframeConfig;
import picocli.CommandLine.Option;

/** Options shared by the commands that start Spark: configuration layers and the master. */
final class SessionOptions {

    @Option(names = "--conf", paramLabel = "FILE",
            description = "HOCON file layered over conf/newsframe.conf.")
    File conf;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one key (repeatable), e.g. --set input.fields.text=body --set spark.sql.shuffle.partitions=64.")
    List<String> sets = new ArrayList<>();

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (local[*], spark://host:7077, yarn…). Default: spark-submit's, else newsframe.master.")
    String master;

    /** The configured actor dictionary, as the annotate stage builds it (local files only here). */
    static org.newsframe.actors.ActorDictionary dictionary(NewsframeConfig config) {
        return org.newsframe.actors.Dictionaries.load(config.actors(), new org.apache.hadoop.conf.Configuration());
    }

    /** The scorer score-targets, eval and train-sentiment share with the pipeline. */
    static org.newsframe.sentiment.SentenceTargets sentenceTargets(NewsframeConfig config) {
        return new org.newsframe.sentiment.SentenceTargets(new org.newsframe.actors.MentionFinder(dictionary(config)),
                new org.newsframe.sentiment.TargetedScorer(org.newsframe.sentiment.Lexicon.get(),
                        org.newsframe.sentiment.RelationLexicon.get()));
    }

    /** Exit code 3 when an input file is missing. */
    static void requireFile(java.nio.file.Path p) {
        if (!java.nio.file.Files.isRegularFile(p)) {
            throw new org.newsframe.ingest.InputException("no such file: " + p);
        }
    }

    NewsframeConfig load(List<String> extraSets) {
        List<String> all = new ArrayList<>(sets);
        all.addAll(extraSets);
        return ConfigLoader.load(conf, all);
    }
}

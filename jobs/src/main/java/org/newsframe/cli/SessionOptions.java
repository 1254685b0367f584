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

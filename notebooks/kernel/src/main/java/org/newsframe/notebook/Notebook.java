package org.newsframe.notebook;

import java.io.File;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsframe.config.ConfigLoader;
import org.newsframe.io.TableViews;
import org.newsframe.spark.Sessions;

/**
 * What a notebook's first cell needs: the output folder to explore, a local SparkSession configured as
 * {@code bin/newsframe} configures its own, and the folder's tables as SQL views.
 */
public final class Notebook {

    /** The environment variable that points every notebook at another output folder. */
    public static final String OUTPUT_ENV = "NEWSFRAME_OUTPUT";

    private Notebook() {}

    /**
     * The output folder: {@code $NEWSFRAME_OUTPUT} when set, else the given default (relative to the notebook's
     * folder); fails with what to run when it holds no newsframe output.
     */
    public static String output(String fallback) {
        String env = System.getenv(OUTPUT_ENV);
        File dir = new File(env != null && !env.isBlank() ? env : fallback).getAbsoluteFile();
        if (!isOutput(dir)) {
            throw new IllegalArgumentException("no newsframe output at " + dir + ": run bin/newsframe run --input "
                    + "sample/articles.jsonl --output out/sample first, or set " + OUTPUT_ENV + " to an output folder");
        }
        return dir.getPath();
    }

    private static boolean isOutput(File dir) {
        try {
            return org.newsframe.io.Snapshot.isOutput(
                    org.apache.hadoop.fs.FileSystem.getLocal(new org.apache.hadoop.conf.Configuration()),
                    new org.apache.hadoop.fs.Path(dir.toURI()));
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The local SparkSession (one per kernel), with newsframe's Spark settings from conf/newsframe.conf. */
    public static SparkSession spark() {
        return Sessions.create(ConfigLoader.load(null, List.of()), null);
    }

    /** Registers the tables under dir as views ({@link TableViews}); returns their names, sorted. */
    public static List<String> open(SparkSession spark, String dir) {
        return TableViews.register(spark, dir).stream().sorted().toList();
    }

    /** A query's rows, collected (for charts; keep the result small). */
    public static List<Row> rows(SparkSession spark, String sql) {
        return spark.sql(sql).collectAsList();
    }
}

package org.newsframe.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.SparkSession;
import org.newsframe.schema.Tables;

/**
 * The tables of an output directory as SQL views: each table of its current {@link Snapshot} becomes a temporary
 * view of its own name, read with its declared schema (so an empty table still has its columns).
 * What {@code newsframe query} and the notebooks query.
 */
public final class TableViews {

    private TableViews() {}

    /**
     * Registers every table of the current version of {@code dir}; returns their names.
     *
     * @throws IllegalArgumentException when dir does not exist, cannot be read or holds no table
     */
    public static List<String> register(SparkSession spark, String dir) {
        Path root = new Path(dir);
        List<String> names = new ArrayList<>();
        try {
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            if (!fs.exists(root)) {
                throw new IllegalArgumentException("no such directory: " + dir);
            }
            Snapshot current = Snapshot.current(fs, root);
            for (var table : current.tables().entrySet()) {
                String name = table.getKey();
                DataFrameReader reader = spark.read();
                if (Tables.all().stream().anyMatch(t -> t.name().equals(name))) {
                    reader = reader.schema(Tables.byName(name).struct()); // empty tables too
                }
                reader.parquet(new Path(root, table.getValue()).toString()).createOrReplaceTempView("`" + name + "`");
                names.add(name);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + dir + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("not a table folder under " + dir + ": " + msg, e);
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("no tables under " + dir);
        }
        return names;
    }
}

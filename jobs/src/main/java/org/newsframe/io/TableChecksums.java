package org.newsframe.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.newsframe.schema.TableSchema;

/**
 * A fingerprint of every table in an output folder: its rows and an order-independent checksum, the sum of
 * Spark's {@code hash} over each row with doubles rounded to {@value #DOUBLE_DIGITS} decimals (so sums that
 * differ only in their last bits compare equal). Two outputs hold the same tables when every line matches.
 */
public final class TableChecksums {

    /** Decimals doubles are rounded to before hashing. */
    public static final int DOUBLE_DIGITS = 9;

    /** One table's fingerprint. */
    public record Checksum(String table, long rows, long checksum) {}

    private TableChecksums() {}

    /** The fingerprints of the given tables that exist under {@code output}, in the given order. */
    public static List<Checksum> of(SparkSession spark, String output, List<TableSchema> tables) {
        List<Checksum> out = new ArrayList<>();
        Path root = new Path(output);
        try {
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            Snapshot current = Snapshot.current(fs, root);
            for (TableSchema t : tables) {
                var folder = current.table(root, t.name());
                if (folder.isEmpty()) {
                    continue;
                }
                Path p = folder.get();
                Dataset<Row> d = spark.read().schema(t.struct()).parquet(p.toString());
                List<Column> cols = new ArrayList<>();
                for (StructField f : d.schema().fields()) {
                    cols.add(f.dataType().equals(DataTypes.DoubleType) ? round(col(f.name()), DOUBLE_DIGITS) : col(f.name()));
                }
                Row r = d.agg(org.apache.spark.sql.functions.count("*"),
                        sum(hash(cols.toArray(Column[]::new)).cast("long"))).first();
                out.add(new Checksum(t.name(), r.getLong(0), r.isNullAt(1) ? 0 : r.getLong(1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + output, e);
        }
        return out;
    }

    /** As a map table → checksum, for comparing outputs in tests. */
    public static Map<String, Checksum> byTable(SparkSession spark, String output, List<TableSchema> tables) {
        Map<String, Checksum> m = new LinkedHashMap<>();
        of(spark, output, tables).forEach(c -> m.put(c.table(), c));
        return m;
    }
}

package org.newsframe.eval;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Scores a run's {@code displacement} table against the figures {@code generate} wrote beside each realistic
 * article ({@code figures}: begin, end, quantity, quantity_max, unit, term, projected). A figure is found when
 * the table has a row of that article at its offsets, and right when every one of those fields agrees; a row
 * at offsets the truth does not name is a false figure (the generator's non-figures: casualties, money, a
 * town's population, a death toll). All in Spark: nothing per article comes to the driver, so it scores a
 * million articles as it scores a hundred.
 */
public final class GeneratedFigures {

    private GeneratedFigures() {}

    /** The counts; {@code articles} is the number of truth records read. */
    public record Result(long articles, long truth, long rows, long found, long right, long falseFigures) {
        public double recall() {
            return truth == 0 ? Double.NaN : (double) right / truth;
        }

        public double precision() {
            return rows == 0 ? Double.NaN : (double) right / rows;
        }
    }

    /** The JSON Lines schema of the truth: an id and its figures. */
    static final StructType TRUTH = new StructType()
            .add("id", DataTypes.StringType)
            .add("figures", DataTypes.createArrayType(new StructType()
                    .add("begin", DataTypes.IntegerType)
                    .add("end", DataTypes.IntegerType)
                    .add("quantity", DataTypes.LongType)
                    .add("quantity_max", DataTypes.LongType)
                    .add("unit", DataTypes.StringType)
                    .add("term", DataTypes.StringType)
                    .add("projected", DataTypes.BooleanType)));

    /** The truth records of a {@code generate} file (JSON Lines, gzip or not): id and figures. */
    public static Dataset<Row> records(SparkSession spark, String path) {
        return spark.read().schema(TRUTH).json(path).filter(col("figures").isNotNull());
    }

    /** One row per true figure. */
    static Dataset<Row> truth(Dataset<Row> records) {
        return records.select(col("id").as("article_id"), explode(col("figures")).as("f"))
                .select(col("article_id"), col("f.begin").as("begin"), col("f.end").as("end"),
                        col("f.quantity").as("quantity"), col("f.quantity_max").as("quantity_max"),
                        col("f.unit").as("unit"), col("f.term").as("term"), col("f.projected").as("projected"));
    }

    /**
     * @param records      {@link #records} of the generate file
     * @param displacement the run's displacement table
     */
    public static Result score(Dataset<Row> records, Dataset<Row> displacement) {
        Column t = col("t.article_id").isNotNull();
        Column d = col("d.article_id").isNotNull();
        Row r = joined(records, displacement).agg(
                sum(when(t, 1).otherwise(0)), sum(when(d, 1).otherwise(0)), sum(when(t.and(d), 1).otherwise(0)),
                sum(when(t.and(d).and(agree()), 1).otherwise(0)), sum(when(d.and(not(t)), 1).otherwise(0)))
                .first();
        // the totals from the inputs themselves: two rows at one offset would count twice in the join
        return new Result(records.count(), truth(records).count(), displacement.count(), n(r, 2), n(r, 3), n(r, 4));
    }

    /** The truth ({@code t.*}) beside the table ({@code d.*}), matched by article and begin offset. */
    private static Dataset<Row> joined(Dataset<Row> records, Dataset<Row> displacement) {
        Dataset<Row> d = displacement.select("article_id", "begin", "end", "quantity", "quantity_max", "unit", "term",
                "projected", "sentence").alias("d");
        return truth(records).alias("t").join(d, col("t.article_id").equalTo(col("d.article_id"))
                .and(col("t.begin").equalTo(col("d.begin"))), "full_outer");
    }

    /** Every field of the truth equals the row's (null when either side is missing). */
    private static Column agree() {
        return col("t.end").equalTo(col("d.end")).and(col("t.quantity").equalTo(col("d.quantity")))
                .and(col("t.quantity_max").eqNullSafe(col("d.quantity_max"))).and(col("t.unit").equalTo(col("d.unit")))
                .and(col("t.term").equalTo(col("d.term"))).and(col("t.projected").equalTo(col("d.projected")));
    }

    private static long n(Row r, int i) {
        return r.isNullAt(i) ? 0 : r.getLong(i);
    }

    /** Rows that are wrong or missing, for reading: the truth and the table side by side. */
    public static Dataset<Row> differences(Dataset<Row> records, Dataset<Row> displacement) {
        return joined(records, displacement).filter(when(agree(), lit(false)).otherwise(lit(true)));
    }
}

package org.newsframe.tables;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import java.util.Arrays;
import java.util.Optional;
import org.newsframe.pipeline.Increment;
import org.newsframe.schema.TableSchema;
import org.newsframe.schema.Tables;

/**
 * The per-day tables of an incremental run ({@code cooccurrence}, {@code actor_sentiment}): a day's rows depend
 * only on that day's articles, so the run recomputes the days it changed ({@link Increment#affectedDates}) and
 * keeps every other day's rows as published. Undated rows are one more "day" (null, compared null-safely).
 */
public final class AffectedDates {

    private AffectedDates() {}

    /** The rows (with {@code pub_date}) of the affected days. */
    public static Dataset<Row> only(Dataset<Row> rows, Increment increment) {
        Dataset<Row> d = increment.affectedDates();
        return rows.join(d, rows.col("pub_date").eqNullSafe(d.col("pub_date")), "left_semi");
    }

    /**
     * The table's rows: the recomputed days, and the published rows of every other day (both in the table's
     * columns, the derived partition left to the store).
     */
    public static Dataset<Row> merge(Dataset<Row> recomputed, Optional<Dataset<Row>> published, Increment increment,
                                     TableSchema table) {
        String[] cols = Arrays.stream(table.columnNames()).filter(c -> !c.equals(Tables.PUB_MONTH)).toArray(String[]::new);
        Dataset<Row> days = recomputed.selectExpr(cols);
        if (published.isEmpty()) {
            return days;
        }
        Dataset<Row> d = increment.affectedDates();
        Dataset<Row> p = published.get();
        return days.unionByName(p.join(d, p.col("pub_date").eqNullSafe(d.col("pub_date")), "left_anti").selectExpr(cols));
    }
}

package org.newsframe.schema;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;

/**
 * A partition column derived from a date column: {@code YYYY-MM} of it, null when the date is null. Declared
 * once per table; the table store derives the value when it writes, so no stage computes it.
 */
public record MonthPartition(String column, String dateColumn) {

    /** The partition value as a Spark expression over {@link #dateColumn}. */
    public org.apache.spark.sql.Column value() {
        return date_format(col(dateColumn), "yyyy-MM");
    }
}

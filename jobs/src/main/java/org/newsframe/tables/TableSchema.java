package org.newsframe.tables;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.StructType;

/**
 * A table newsframe writes: its folder name under the output directory, what one row is, its columns in
 * order, and the column it is partitioned by on disk (if any).
 */
public record TableSchema(String name, String grain, List<Column> columns, Optional<String> partitionColumn) {

    public TableSchema {
        columns = List.copyOf(columns);
    }

    public StructType struct() {
        return new StructType(columns.stream().map(Column::field).toArray(org.apache.spark.sql.types.StructField[]::new));
    }

    public String[] columnNames() {
        return columns.stream().map(Column::name).toArray(String[]::new);
    }

    /** The struct of the columns not named: a table's row without the article columns it is exploded with. */
    public StructType structWithout(java.util.Set<String> names) {
        return new StructType(columns.stream().filter(c -> !names.contains(c.name())).map(Column::field)
                .toArray(org.apache.spark.sql.types.StructField[]::new));
    }
}

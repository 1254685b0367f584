package org.newsframe.schema;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A table newsframe writes: its folder name under the output directory, what one row is, its columns in
 * order, and how it is partitioned on disk (if at all). Immutable.
 */
public record TableSchema(String name, String grain, List<Column> columns, Optional<MonthPartition> partition) {

    public TableSchema {
        columns = List.copyOf(columns);
        if (partition.isPresent()) {
            List<String> names = columns.stream().map(Column::name).toList();
            MonthPartition p = partition.get();
            if (!names.contains(p.column()) || !names.contains(p.dateColumn())) {
                throw new IllegalArgumentException("table " + name + ": partition " + p + " names a column it does not have");
            }
        }
    }

    /** The partition column's name, when the table is partitioned. */
    public Optional<String> partitionColumn() {
        return partition.map(MonthPartition::column);
    }

    public StructType struct() {
        return new StructType(columns.stream().map(Column::field).toArray(StructField[]::new));
    }

    public String[] columnNames() {
        return columns.stream().map(Column::name).toArray(String[]::new);
    }

    /** The struct of the columns not named: a table's row without the article columns it is exploded with. */
    public StructType structWithout(Set<String> names) {
        return new StructType(columns.stream().filter(c -> !names.contains(c.name())).map(Column::field)
                .toArray(StructField[]::new));
    }

    /**
     * The struct of the columns a stage sets: every column but the derived partition column, which the
     * table store computes when it writes ({@link MonthPartition#value}).
     */
    public StructType writtenStruct() {
        return structWithout(partitionColumn().map(Set::of).orElse(Set.of()));
    }
}

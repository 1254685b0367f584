package org.newsframe.schema;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;

/**
 * Rows of one row type, filled by column name. A shape is declared once (per table, per nested row type):
 * every column gets a typed {@link Field} by name, and {@link Builder#build()} checks then, not per row,
 * that each name exists, that its Java type fits the column's Spark type, and that no column is left
 * without a field. Per row, {@link #row} only checks that every non-nullable column was given a value.
 *
 * <pre>{@code
 * static final RowShape.Builder B = RowShape.of(Tables.ACTORS.writtenStruct());
 * static final RowShape.Field<String> ID = B.field("actor_id", String.class);
 * ...
 * static final RowShape SHAPE = B.build();
 *
 * Object[] v = SHAPE.values();
 * ID.set(v, "TALIBAN");
 * Row r = SHAPE.row(v);
 * }</pre>
 */
public final class RowShape implements Serializable {

    private static final Map<DataType, List<Class<?>>> JAVA_TYPES = Map.of(
            DataTypes.StringType, List.of(String.class),
            DataTypes.IntegerType, List.of(Integer.class),
            DataTypes.LongType, List.of(Long.class),
            DataTypes.DoubleType, List.of(Double.class),
            DataTypes.BooleanType, List.of(Boolean.class),
            DataTypes.DateType, List.of(java.sql.Date.class, java.time.LocalDate.class),
            DataTypes.TimestampType, List.of(java.sql.Timestamp.class, java.time.Instant.class));

    private final StructType type;
    private final boolean[] required;

    private RowShape(StructType type) {
        this.type = type;
        StructField[] fields = type.fields();
        this.required = new boolean[fields.length];
        for (int i = 0; i < fields.length; i++) {
            required[i] = !fields[i].nullable();
        }
    }

    /** Starts declaring the fields of a row type. */
    public static Builder of(StructType type) {
        return new Builder(type);
    }

    public StructType type() {
        return type;
    }

    /** A fresh value array for one row, every column null. */
    public Object[] values() {
        return new Object[required.length];
    }

    /** The row; fails when a non-nullable column has no value (a field left unset is a bug, not bad input). */
    public Row row(Object[] values) {
        for (int i = 0; i < required.length; i++) {
            if (required[i] && values[i] == null) {
                throw new IllegalStateException("row of " + type.simpleString() + ": column "
                        + type.fields()[i].name() + " is not nullable and was not set");
            }
        }
        return RowFactory.create(values);
    }

    /** A typed handle on one column: where its value goes in a row's value array. */
    public static final class Field<T> implements Serializable {
        private final String name;
        private final int index;
        private final boolean array;

        private Field(String name, int index, boolean array) {
            this.name = name;
            this.index = index;
            this.array = array;
        }

        @Override
        public String toString() {
            return name;
        }

        /** Sets the column's value; a {@code java.util.List} for an array column becomes (a view as) the Seq Spark expects. */
        public void set(Object[] values, T value) {
            // wraps, does not copy: the caller hands over the list
            values[index] = array && value instanceof List<?> l ? JavaConverters.asScalaBuffer(l).toSeq() : value;
        }
    }

    /** Declares fields by name; {@link #build()} checks the declaration against the row type. */
    public static final class Builder {
        private final StructType type;
        private final boolean[] declared;
        private final List<String> errors = new ArrayList<>();

        private Builder(StructType type) {
            this.type = type;
            this.declared = new boolean[type.fields().length];
        }

        /**
         * The field of column {@code name}, whose values are {@code javaType}: {@code String}, {@code Integer},
         * {@code Long}, {@code Double}, {@code Boolean}, a date ({@code java.sql.Date} or {@code LocalDate}), a
         * timestamp ({@code Timestamp} or {@code Instant}), {@code List} for arrays, {@code Row} for structs.
         */
        public <T> Field<T> field(String name, Class<T> javaType) {
            int index = Arrays.asList(type.fieldNames()).indexOf(name);
            if (index < 0) {
                errors.add("no column " + name);
                return new Field<>(name, 0, false);
            }
            if (declared[index]) {
                errors.add("column " + name + " declared twice");
            }
            declared[index] = true;
            DataType t = type.fields()[index].dataType();
            boolean fits = t instanceof ArrayType ? List.class.isAssignableFrom(javaType)
                    : t instanceof StructType ? Row.class.isAssignableFrom(javaType)
                    : JAVA_TYPES.getOrDefault(t, List.of()).stream().anyMatch(c -> c.isAssignableFrom(javaType));
            if (!fits) {
                errors.add("column " + name + " is " + t.simpleString() + ", not " + javaType.getSimpleName());
            }
            return new Field<>(name, index, t instanceof ArrayType);
        }

        /** The shape; fails on an unknown name, a type mismatch, a column declared twice or not at all. */
        public RowShape build() {
            for (int i = 0; i < declared.length; i++) {
                if (!declared[i]) {
                    errors.add("column " + type.fields()[i].name() + " has no field");
                }
            }
            if (!errors.isEmpty()) {
                throw new IllegalStateException("row shape " + type.simpleString() + ": " + String.join("; ", errors));
            }
            return new RowShape(type);
        }
    }
}

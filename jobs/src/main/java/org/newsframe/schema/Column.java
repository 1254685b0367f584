package org.newsframe.schema;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;

/** One documented column of a table: name, Spark type, nullability and what it means. */
public record Column(String name, DataType type, boolean nullable, String doc) {

    public StructField field() {
        Metadata meta = new MetadataBuilder().putString("comment", doc).build();
        return new StructField(name, type, nullable, meta);
    }
}

package org.newsframe.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class RowShapeTest {

    private static final StructType TYPE = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("note", DataTypes.StringType, true)
            .add("n", DataTypes.LongType, false)
            .add("day", DataTypes.DateType, true)
            .add("ids", DataTypes.createArrayType(DataTypes.StringType, false), false);

    @Test
    @SuppressWarnings("rawtypes")
    void valuesLandInTheirColumnsWhateverTheOrderTheyAreSetIn() {
        RowShape.Builder b = RowShape.of(TYPE);
        RowShape.Field<List> ids = b.field("ids", List.class);
        RowShape.Field<Long> n = b.field("n", Long.class);
        RowShape.Field<LocalDate> day = b.field("day", LocalDate.class);
        b.field("note", String.class);
        RowShape.Field<String> id = b.field("id", String.class);
        RowShape shape = b.build();
        Object[] v = shape.values();
        n.set(v, 7L);
        id.set(v, "a1");
        ids.set(v, List.of("x", "y"));
        day.set(v, LocalDate.of(2021, 10, 9));
        Row r = shape.row(v);
        assertEquals("a1", r.get(0));
        assertNull(r.get(1), "a nullable column left unset is null");
        assertEquals(7L, r.get(2));
        assertEquals(LocalDate.of(2021, 10, 9), r.get(3));
        assertTrue(r.get(4) instanceof scala.collection.Seq, "arrays become the Seq Spark's encoder expects");
        assertEquals(List.of("x", "y"), r.getList(4));
        assertEquals(TYPE, shape.type());
    }

    @Test
    void aWrongNameTypeOrMissingColumnFailsWhenTheShapeIsBuiltNotPerRow() {
        RowShape.Builder typo = RowShape.of(TYPE);
        typo.field("idd", String.class);
        IllegalStateException e = assertThrows(IllegalStateException.class, typo::build);
        assertTrue(e.getMessage().contains("no column idd"), e.getMessage());
        assertTrue(e.getMessage().contains("column id has no field"), e.getMessage());

        RowShape.Builder swapped = RowShape.of(new StructType().add("a", DataTypes.StringType).add("n", DataTypes.LongType));
        swapped.field("a", String.class);
        swapped.field("n", String.class);
        e = assertThrows(IllegalStateException.class, swapped::build);
        assertTrue(e.getMessage().contains("column n is bigint, not String"), e.getMessage());

        RowShape.Builder twice = RowShape.of(new StructType().add("a", DataTypes.StringType));
        twice.field("a", String.class);
        twice.field("a", String.class);
        e = assertThrows(IllegalStateException.class, twice::build);
        assertTrue(e.getMessage().contains("declared twice"), e.getMessage());
    }

    @Test
    void aNonNullableColumnLeftUnsetFailsTheRow() {
        RowShape.Builder b = RowShape.of(new StructType().add("id", DataTypes.StringType, false)
                .add("note", DataTypes.StringType, true));
        b.field("id", String.class);
        RowShape.Field<String> note = b.field("note", String.class);
        RowShape shape = b.build();
        Object[] v = shape.values();
        note.set(v, "x");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> shape.row(v));
        assertTrue(e.getMessage().contains("column id is not nullable"), e.getMessage());
    }

    @Test
    void everyTableDeclaresItsMonthPartitionOverOneOfItsDateColumns() {
        for (TableSchema t : Tables.all()) {
            t.partition().ifPresent(p -> {
                assertEquals(Tables.PUB_MONTH, p.column(), t.name());
                assertEquals(DataTypes.DateType, t.struct().apply(p.dateColumn()).dataType(), t.name());
                assertTrue(!List.of(t.writtenStruct().fieldNames()).contains(Tables.PUB_MONTH),
                        t.name() + ": stages do not set the partition column");
            });
        }
        assertEquals("first_reported", Tables.DISPLACEMENT_EVENTS.partition().orElseThrow().dateColumn());
        assertEquals("pub_date", Tables.MENTIONS.partition().orElseThrow().dateColumn());
        assertThrows(IllegalArgumentException.class, () -> new TableSchema("t", "one row",
                List.of(new Column("a", DataTypes.StringType, true, "a")),
                java.util.Optional.of(new MonthPartition(Tables.PUB_MONTH, "a"))));
    }
}

package org.newsframe.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Cli;
import org.newsframe.SharedSpark;

/**
 * articles → displacement → displacement_events through {@code run}: three outlets reprint one figure over a
 * week, a fourth reports a different one, a later report of the first figure falls outside the window.
 */
class DisplacementTablesTest {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void run() throws IOException {
        out = Cli.runCorpus(tmp,
                "{\"id\": \"A\", \"published\": \"2022-08-30\", \"text\": \"Floods in Sindh have displaced more than 50,000 people, officials said.\"}",
                "{\"id\": \"B\", \"published\": \"2022-09-02\", \"text\": \"Pakistan: about 50,000 people displaced by floods in Sindh. The war cost billions of dollars.\"}",
                "{\"id\": \"C\", \"published\": \"2022-09-05\", \"text\": \"In Sindh province, 51,000 people have been displaced by the floods since August 20.\"}",
                "{\"id\": \"D\", \"published\": \"2022-09-05\", \"text\": \"In Sindh, 1,200 houses were destroyed by the floods.\"}",
                "{\"id\": \"E\", \"published\": \"2022-12-20\", \"text\": \"Floods in Sindh displaced 50,000 people in August, officials recalled.\"}",
                "{\"id\": \"F\", \"text\": \"No figures here, only 2014 and a 20-year plan.\"}");
    }

    private static Dataset<Row> table(String name) {
        return org.newsframe.Cli.table(out, name);
    }

    @Test
    void everyFigureIsARowWithItsOffsetsSentenceAndEstimate() {
        assertEquals(5, table("displacement").count());
        Row c = table("displacement").filter("article_id = 'C'").collectAsList().get(0);
        assertEquals(51_000L, (long) c.getAs("quantity"));
        assertEquals("people", c.getAs("unit"));
        assertEquals("displaced", c.getAs("term"));
        assertEquals("Displaced", c.getAs("idmc_term"));
        assertEquals("PAK", c.getAs("country"));
        assertEquals("Sindh", c.getAs("location"));
        assertEquals("admin1", c.getAs("location_level"));
        assertEquals("disaster", c.getAs("cause"));
        assertEquals("flood", c.getAs("hazard"));
        assertEquals("since August 20", c.getAs("reference_period"));
        assertEquals(LocalDate.of(2022, 8, 20), c.<LocalDate>getAs("period_start"));
        String text = "In Sindh province, 51,000 people have been displaced by the floods since August 20.";
        assertEquals("51,000", text.substring(c.<Integer>getAs("begin"), c.<Integer>getAs("end")));
        assertEquals(text, c.getAs("sentence"));
        Row d = table("displacement").filter("article_id = 'D'").collectAsList().get(0);
        assertEquals("households", d.getAs("unit"));
        assertEquals("destroyed_housing", d.getAs("term"));
        assertEquals(6.8, (double) d.getAs("household_size"), 1e-9);
        assertEquals(8160L, (long) d.getAs("people_estimate"));
        assertEquals(0, table("displacement").filter("article_id = 'F'").count());
        assertEquals(1, (int) table("article_stats").filter("article_id = 'B'").collectAsList().get(0).<Integer>getAs("n_figures"));
    }

    @Test
    void reprintsOfOneFigureAreOneEventAndALateReportStartsAnother() {
        List<Row> events = table("displacement_events").filter("term = 'displaced'").orderBy("first_reported").collectAsList();
        assertEquals(2, events.size());
        Row first = events.get(0);
        assertEquals(3L, (long) first.getAs("n_reports"));
        assertEquals(List.of("A", "B", "C"), first.getList(first.fieldIndex("article_ids")));
        assertEquals(50_000L, (long) first.getAs("quantity"), "the value reported most often");
        assertEquals(50_000L, (long) first.getAs("quantity_min"));
        assertEquals(51_000L, (long) first.getAs("quantity_max"));
        assertEquals(LocalDate.of(2022, 8, 30), first.<LocalDate>getAs("first_reported"));
        assertEquals(LocalDate.of(2022, 9, 5), first.<LocalDate>getAs("last_reported"));
        assertEquals("PAK", first.getAs("country"));
        assertEquals("2022-08", first.getAs("pub_month"));
        assertEquals(1L, (long) events.get(1).getAs("n_reports"), "E is 106 days later: outside the 30-day window");
        assertEquals(1, table("displacement_events").filter("term = 'destroyed_housing'").count());
    }

    @Test
    void groupingIsByToleranceAndWindowAndUndatedReportsJoinByQuantity() {
        DisplacementEventsStage.Key key = new DisplacementEventsStage.Key("SYR", "fled", "people", null);
        List<DisplacementEventsStage.Report> reports = List.of(
                report("a", LocalDate.of(2020, 2, 1), 900_000),
                report("b", LocalDate.of(2020, 2, 10), 950_000),
                report("c", LocalDate.of(2020, 2, 12), 700_000),
                report("d", null, 940_000),
                report("e", LocalDate.of(2020, 6, 1), 950_000));
        List<Row> rows = DisplacementEventsStage.group(key, reports, 0.1, 30);
        assertEquals(3, rows.size());
        Row big = rows.get(0);
        assertEquals(3L, (long) big.getAs(10), "a, b and the undated d");
        assertEquals(900_000L, (long) big.getAs(5));
        assertEquals(950_000L, (long) big.getAs(6));
        assertEquals(1L, (long) rows.get(1).getAs(10), "700,000 is more than 10% below 900,000");
        assertEquals(1L, (long) rows.get(2).getAs(10), "e is four months later");
        // a tally rising 9% a day does not chain into one event; a report joins the nearest event in quantity
        // (1,100 is as near to 1,000 as to 1,200 and joins the more recent; the second 1,000 joins the first)
        List<Row> rising = DisplacementEventsStage.group(key, List.of(report("r1", LocalDate.of(2020, 3, 1), 1000),
                report("r2", LocalDate.of(2020, 3, 2), 1090), report("r3", LocalDate.of(2020, 3, 3), 1188),
                report("r4", LocalDate.of(2020, 3, 4), 1295)), 0.1, 30);
        assertEquals(List.of(2L, 2L), rising.stream().map(r -> (Long) r.get(10)).toList());
        List<Row> nearest = DisplacementEventsStage.group(key, List.of(report("n1", LocalDate.of(2020, 3, 1), 1000),
                report("n2", LocalDate.of(2020, 3, 2), 1200), report("n3", LocalDate.of(2020, 3, 3), 1100),
                report("n4", LocalDate.of(2020, 3, 4), 1000)), 0.1, 30);
        assertEquals(List.of(List.of("n1", "n4"), List.of("n2", "n3")),
                nearest.stream().map(r -> r.getList(13)).toList());
        assertTrue(DisplacementEventsStage.same(1_300_000, 1_250_000, 0.1));
        assertTrue(!DisplacementEventsStage.same(1_300_000, 1_000_000, 0.1));
        assertNull(DisplacementEventsStage.group(new DisplacementEventsStage.Key(null, "fled", "people", null),
                List.of(report("x", null, 5)), 0.1, 30).get(0).get(1));
    }

    private static DisplacementEventsStage.Report report(String id, LocalDate date, long q) {
        return new DisplacementEventsStage.Report(id, date, 0, q, q, null, null, null, null);
    }
}

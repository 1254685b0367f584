package org.newsframe.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;

class ShowAndChartsTest {

    private static final StructType TREND = new StructType()
            .add("period", DataTypes.StringType).add("actor", DataTypes.StringType).add("value", DataTypes.DoubleType);

    private static Row row(Object... values) {
        return new GenericRowWithSchema(values, TREND);
    }

    @Test
    void anHtmlTableEscapesCellsMarksNullsAndSaysWhenRowsAreLeftOut() {
        String html = Show.html(TREND, List.of(row("2024-07", "<RSF> & co", null)), true);
        assertTrue(html.contains("<td>&lt;RSF&gt; &amp; co</td>"), html);
        assertTrue(html.contains("<td><i>null</i></td>"), html);
        assertTrue(html.contains("<th title=\"string\">period</th>"), html);
        assertTrue(html.contains("<td colspan=\"3\">…</td>"), html);
        assertEquals(1, html.split("<tr><td>", -1).length - 1, "one data row");
    }

    @Test
    void aLineChartPutsEverySeriesOnTheSamePeriodsWithGapsWhereAValueIsMissing() {
        List<Row> rows = List.of(row("2024-06", "Taliban", -0.5), row("2024-07", "Taliban", null), row("2024-08", "Taliban", 0.25),
                row("2024-06", "Pakistan", 0.1), row("2024-08", "Pakistan", -0.2));
        CategoryChart chart = Charts.lines("t", "y", rows, "period", "actor", "value");
        assertEquals(List.of("Taliban", "Pakistan"), new ArrayList<>(chart.getSeriesMap().keySet()));
        assertEquals(List.of("2024-06", "2024-07", "2024-08"), new ArrayList<>(chart.getSeriesMap().get("Pakistan").getXData()));
        List<Number> pak = new ArrayList<>(chart.getSeriesMap().get("Pakistan").getYData());
        List<Number> tal = new ArrayList<>(chart.getSeriesMap().get("Taliban").getYData());
        assertEquals(java.util.Arrays.asList(0.1, null, -0.2), pak, "a period missing from a series is a gap");
        assertEquals(java.util.Arrays.asList(-0.5, null, 0.25), tal, "a null value is a gap, not a zero");
        BufferedImage img = Charts.image(chart);
        assertEquals(Charts.WIDTH, img.getWidth());
    }

    @Test
    void anIntervalChartDrawsTheBoundsBesideEachMean() {
        StructType s = new StructType().add("period", DataTypes.StringType).add("actor", DataTypes.StringType)
                .add("mean", DataTypes.DoubleType).add("lo", DataTypes.DoubleType).add("hi", DataTypes.DoubleType);
        List<Row> rows = List.of(new GenericRowWithSchema(new Object[] {"2024-07", "ISKP", -0.6, -0.9, -0.3}, s));
        CategoryChart chart = Charts.interval("t", "y", rows, "period", "actor", "mean", "lo", "hi");
        assertEquals(List.of("ISKP", "ISKP 95% low", "ISKP 95% high"), new ArrayList<>(chart.getSeriesMap().keySet()));
        assertEquals(-0.9, chart.getSeriesMap().get("ISKP 95% low").getYData().iterator().next().doubleValue());
    }

    @Test
    void theNetworkDrawsEveryNodeAndCutsNothingOff() {
        StructType s = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType).add("n", DataTypes.LongType);
        List<Row> edges = List.of(new GenericRowWithSchema(new Object[] {"Pakistan", "Taliban", 12L}, s),
                new GenericRowWithSchema(new Object[] {"Pakistan", "TTP", 3L}, s));
        BufferedImage img = Charts.network("pairs", edges, "a", "b", "n");
        int coloured = 0;
        for (int x = 0; x < img.getWidth(); x += 2) {
            for (int y = 0; y < img.getHeight(); y += 2) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                if (rgb != 0xffffff) {
                    coloured++;
                }
            }
        }
        assertTrue(coloured > 500, "nodes, edges and labels drawn: " + coloured);
    }

    @Test
    void barLabelsAreCutToStayReadable() {
        StructType s = new StructType().add("name", DataTypes.StringType).add("n", DataTypes.LongType);
        List<Row> rows = List.of(new GenericRowWithSchema(new Object[] {"UN Office for the Coordination of Humanitarian Affairs", 3L}, s));
        CategoryChart chart = Charts.bars("t", "y", rows, "name", "n");
        String label = String.valueOf(chart.getSeriesMap().get("n").getXData().iterator().next());
        assertEquals(Charts.MAX_LABEL, label.length());
        assertTrue(label.endsWith("…"));
    }
}

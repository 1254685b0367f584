package org.newsframe.notebook;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The charts the notebooks draw, from rows of the trend and actor tables, with XChart (time series, bars)
 * and Java2D (the pair network, which XChart has no chart for). Each returns an XChart chart or an image;
 * {@code display(Charts.image(chart))} shows a chart as a PNG in any kernel built on JJava's base.
 * Time series are category charts over the period labels (one point per period, labelled as the table labels
 * it); null values (a period without mentions has no sentiment) are gaps in a line, not zeros.
 */
public final class Charts {

    public static final int WIDTH = 900;
    public static final int HEIGHT = 420;
    /** Characters of a bar's label before it is cut. */
    static final int MAX_LABEL = 26;
    private static final Color[] PALETTE = {
        new Color(31, 119, 180), new Color(214, 39, 40), new Color(44, 160, 44), new Color(255, 127, 14),
        new Color(148, 103, 189), new Color(140, 86, 75), new Color(227, 119, 194), new Color(127, 127, 127)};

    private Charts() {}

    /**
     * One line per distinct value of seriesCol: y against xCol (a period label, or a date), the x values in
     * the order the rows first bring them (sort the query). A missing or null y is a gap, not a zero.
     */
    public static CategoryChart lines(String title, String yTitle, List<Row> rows, String xCol, String seriesCol, String yCol) {
        return timeSeries(title, yTitle, rows, xCol, seriesCol, yCol, null, null);
    }

    /**
     * A mean with its interval per series: the mean as a solid line with markers, the interval's bounds as
     * dashed lines of the same colour.
     */
    public static CategoryChart interval(String title, String yTitle, List<Row> rows, String xCol, String seriesCol,
                                         String meanCol, String lowCol, String highCol) {
        return timeSeries(title, yTitle, rows, xCol, seriesCol, meanCol, lowCol, highCol);
    }

    /** A line per series of yCol, with dashed bounds when lowCol and highCol are given. */
    private static CategoryChart timeSeries(String title, String yTitle, List<Row> rows, String xCol, String seriesCol,
                                            String yCol, String lowCol, String highCol) {
        CategoryChart chart = timeChart(title, yTitle);
        List<String> x = categories(rows, xCol);
        int i = 0;
        for (Map.Entry<String, List<Row>> e : group(rows, seriesCol).entrySet()) {
            Color c = PALETTE[i++ % PALETTE.length];
            CategorySeries line = chart.addSeries(e.getKey(), x, aligned(x, e.getValue(), xCol, yCol));
            line.setLineColor(c);
            line.setMarkerColor(c);
            line.setMarker(SeriesMarkers.CIRCLE);
            if (lowCol == null) {
                continue;
            }
            for (String bound : List.of(lowCol, highCol)) {
                CategorySeries b = chart.addSeries(e.getKey() + (bound.equals(lowCol) ? " 95% low" : " 95% high"),
                        x, aligned(x, e.getValue(), xCol, bound));
                b.setLineColor(c);
                b.setLineStyle(SeriesLines.DASH_DASH);
                b.setMarker(SeriesMarkers.NONE);
                b.setShowInLegend(false);
            }
        }
        return chart;
    }

    /** Bars: one per row, labelled by labelCol, in the rows' order. */
    public static CategoryChart bars(String title, String yTitle, List<Row> rows, String labelCol, String valueCol) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT + 80).title(title).yAxisTitle(yTitle).build();
        style(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisMaxLabelCount(rows.size());
        chart.getStyler().setXAxisLabelRotation(40);
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Row r : rows) {
            String label = String.valueOf(r.<Object>getAs(labelCol));
            labels.add(label.length() > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "…" : label);
            values.add(number(r.getAs(valueCol)));
        }
        chart.addSeries(valueCol, labels, values).setFillColor(PALETTE[0]);
        return chart;
    }

    /**
     * A network of pairs: nodes on a circle (in order of first appearance), an edge per row with a width by
     * weightCol (relative to the largest), a node's radius by the sum of its edges' weights.
     */
    public static BufferedImage network(String title, List<Row> edges, String aCol, String bCol, String weightCol) {
        Map<String, Double> strength = new LinkedHashMap<>();
        double maxWeight = 0;
        for (Row r : edges) {
            double w = number(r.getAs(weightCol));
            maxWeight = Math.max(maxWeight, w);
            strength.merge(String.valueOf(r.<Object>getAs(aCol)), w, Double::sum);
            strength.merge(String.valueOf(r.<Object>getAs(bCol)), w, Double::sum);
        }
        int width = WIDTH;
        int height = 640;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        g.drawString(title, 20, 28);
        List<String> byStrength = new ArrayList<>(strength.keySet());
        byStrength.sort((x, y) -> Double.compare(strength.get(y), strength.get(x)));
        List<String> nodes = new ArrayList<>(java.util.Collections.nCopies(byStrength.size(), (String) null));
        int half = (byStrength.size() + 1) / 2;
        for (int i = 0; i < byStrength.size(); i++) { // strongest nodes opposite each other: their edges cross the middle
            nodes.set(i % 2 == 0 ? i / 2 : half + i / 2, byStrength.get(i));
        }
        double cx = width / 2.0;
        double cy = height / 2.0 + 15;
        double radius = Math.min(width, height) / 2.0 - 90;
        Map<String, double[]> at = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / Math.max(1, nodes.size());
            at.put(nodes.get(i), new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)});
        }
        for (Row r : edges) {
            double[] p = at.get(String.valueOf(r.<Object>getAs(aCol)));
            double[] q = at.get(String.valueOf(r.<Object>getAs(bCol)));
            double w = maxWeight > 0 ? number(r.getAs(weightCol)) / maxWeight : 0;
            g.setStroke(new BasicStroke((float) (0.5 + 7.5 * w), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(new Color(PALETTE[0].getRed(), PALETTE[0].getGreen(), PALETTE[0].getBlue(), (int) (60 + 160 * w)));
            g.drawLine((int) p[0], (int) p[1], (int) q[0], (int) q[1]);
        }
        double maxStrength = strength.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        for (String n : nodes) {
            double[] p = at.get(n);
            int r = (int) (5 + 13 * Math.sqrt(strength.get(n) / maxStrength));
            g.setColor(PALETTE[1]);
            g.fillOval((int) p[0] - r, (int) p[1] - r, 2 * r, 2 * r);
            g.setColor(Color.BLACK);
            double ux = (p[0] - cx) / radius;
            double uy = (p[1] - cy) / radius;
            String label = n.length() > MAX_LABEL ? n.substring(0, MAX_LABEL - 1) + "…" : n;
            int w = fm.stringWidth(label);
            int tx = ux > 0.35 ? (int) p[0] + r + 4 : ux < -0.35 ? (int) p[0] - r - 4 - w : (int) p[0] - w / 2;
            int ty = Math.abs(ux) > 0.35 ? (int) p[1] + fm.getAscent() / 2
                    : uy < 0 ? (int) p[1] - r - 4 : (int) p[1] + r + 4 + fm.getAscent();
            g.drawString(label, Math.max(2, Math.min(width - w - 2, tx)), ty); // inside the image
        }
        g.dispose();
        return img;
    }

    /** A chart as an image (what {@code display} shows as a PNG). */
    public static BufferedImage image(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    private static CategoryChart timeChart(String title, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).yAxisTitle(yTitle).build();
        style(chart.getStyler());
        chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
        chart.getStyler().setXAxisLabelRotation(45);
        chart.getStyler().setXAxisMaxLabelCount(24);
        chart.getStyler().setYAxisDecimalPattern("#,##0.##");
        return chart;
    }

    private static void style(Styler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendBorderColor(Color.WHITE);
    }

    private static Map<String, List<Row>> group(List<Row> rows, String col) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        for (Row r : rows) {
            out.computeIfAbsent(col == null ? "" : String.valueOf(r.<Object>getAs(col)), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    private static List<String> categories(List<Row> rows, String col) {
        java.util.LinkedHashSet<String> out = new java.util.LinkedHashSet<>();
        for (Row r : rows) {
            out.add(label(r.getAs(col)));
        }
        return new ArrayList<>(out);
    }

    /** y of the rows at each x (null where a row is missing or its value null: XChart leaves a gap). */
    private static List<Double> aligned(List<String> x, List<Row> rows, String xCol, String yCol) {
        Map<String, Double> at = new java.util.HashMap<>();
        for (Row r : rows) {
            Object v = r.getAs(yCol);
            at.put(label(r.getAs(xCol)), v == null ? null : number(v));
        }
        List<Double> out = new ArrayList<>(x.size());
        for (String k : x) {
            out.add(at.get(k));
        }
        return out;
    }

    private static String label(Object v) {
        return v instanceof java.sql.Date d ? d.toLocalDate().toString() : String.valueOf(v);
    }

    private static double number(Object v) {
        return v == null ? 0 : ((Number) v).doubleValue();
    }
}

package org.newsframe.tables;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.pipeline.RunContext;
import org.newsframe.pipeline.Stage;
import org.newsframe.spark.Sessions;
import scala.Tuple2;

/**
 * Stage: {@code displacement} → {@code displacement_events}. The same figure is reprinted by many outlets;
 * an event is the set of reports of one figure, so a trend line counts it once.
 *
 * <p>Reports are grouped by (country, term, unit) — by location too when the country is unknown — and,
 * within a group, taken in publication order: a report joins an open event when its quantity is within
 * {@code displacement.events.quantity-tolerance} (relative to the larger) of every quantity already in it and
 * the event's last report is at most {@code displacement.events.window-days} before it — the nearest such
 * event in quantity; otherwise it opens a new event. Undated reports join the most reported event of their
 * quantity, or form their own. Everything is deterministic (ties are
 * broken by article id and offset), so a rerun gives the same event ids.
 */
public final class DisplacementEventsStage implements Stage {

    @Override
    public String name() {
        return "displacement-events";
    }

    /** A figure as the grouping needs it. */
    record Report(String articleId, LocalDate pubDate, int begin, long quantity, long peopleEstimate, String location,
                  String cause, String hazard, String population) implements Serializable {}

    @Override
    public void run(RunContext ctx) {
        NewsframeConfig.Displacement conf = ctx.config().displacement();
        double tolerance = conf.eventQuantityTolerance();
        int window = conf.eventWindowDays();
        Dataset<Row> figures = ctx.read(Tables.DISPLACEMENT).select(col("country"), col("term"), col("unit"),
                col("article_id"), col("pub_date"), col("begin"), col("quantity"), col("people_estimate"),
                col("location"), col("cause"), col("hazard"), col("population"));
        JavaRDD<Row> events = figures.javaRDD()
                .mapToPair(r -> new Tuple2<>(new Key(r.getString(0), r.getString(1), r.getString(2),
                                r.isNullAt(0) ? r.getString(8) : null),
                        new Report(r.getString(3), Sessions.localDate(r.get(4)), r.getInt(5),
                                r.getLong(6), r.getLong(7), r.getString(8), r.getString(9), r.getString(10),
                                r.getString(11))))
                .groupByKey()
                .flatMap(g -> group(g._1, g._2, tolerance, window).iterator());
        ctx.write(Tables.DISPLACEMENT_EVENTS, ctx.spark().createDataFrame(events, Tables.DISPLACEMENT_EVENTS.struct()));
    }

    /** The grouping key; figures without a country are told apart by their location (null when none either). */
    record Key(String country, String term, String unit, String location) implements Serializable {}

    /** The events of one (country, term, unit) group, as rows of {@link Tables#DISPLACEMENT_EVENTS}. */
    static List<Row> group(Key key, Iterable<Report> reports, double tolerance, int windowDays) {
        List<Report> sorted = new ArrayList<>();
        reports.forEach(sorted::add);
        sorted.sort(Comparator.comparing(Report::pubDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Report::articleId).thenComparingInt(Report::begin));
        List<List<Report>> events = new ArrayList<>();
        List<long[]> ranges = new ArrayList<>(); // per event: min, max quantity
        List<Integer> open = new ArrayList<>();   // events whose last dated report is within the window
        for (Report r : sorted) {
            int home = -1;
            if (r.pubDate() != null) {
                open.removeIf(i -> {
                    LocalDate last = events.get(i).get(events.get(i).size() - 1).pubDate();
                    return ChronoUnit.DAYS.between(last, r.pubDate()) > windowDays;
                });
                // the open event nearest in quantity (the most recent on a tie)
                long bestGap = Long.MAX_VALUE;
                for (int j = open.size() - 1; j >= 0; j--) {
                    long[] range = ranges.get(open.get(j));
                    if (matches(range, r.quantity(), tolerance) && gap(range, r.quantity()) < bestGap) {
                        home = open.get(j);
                        bestGap = gap(range, r.quantity());
                    }
                }
            } else {
                // an undated report joins the most reported event of its quantity (the earliest on a tie)
                for (int i = 0; i < events.size(); i++) {
                    if (matches(ranges.get(i), r.quantity(), tolerance)
                            && (home < 0 || events.get(i).size() > events.get(home).size())) {
                        home = i;
                    }
                }
            }
            if (home < 0) {
                events.add(new ArrayList<>());
                ranges.add(new long[] {r.quantity(), r.quantity()});
                home = events.size() - 1;
                if (r.pubDate() != null) {
                    open.add(home);
                }
            }
            events.get(home).add(r);
            long[] range = ranges.get(home);
            range[0] = Math.min(range[0], r.quantity());
            range[1] = Math.max(range[1], r.quantity());
        }
        List<Row> out = new ArrayList<>(events.size());
        for (List<Report> e : events) {
            out.add(row(key, e));
        }
        return out;
    }

    /**
     * A quantity belongs to an event when it reports the same figure as every report in it: within the
     * tolerance of both the smallest and the largest (so an event never drifts, however many reports join).
     */
    private static boolean matches(long[] range, long q, double tolerance) {
        return same(range[0], q, tolerance) && same(range[1], q, tolerance);
    }

    /** Distance from a quantity to an event's [min, max]. */
    private static long gap(long[] range, long q) {
        return q < range[0] ? range[0] - q : q > range[1] ? q - range[1] : 0;
    }

    /** Quantities that report the same figure: within the tolerance of the larger. */
    static boolean same(long a, long b, double tolerance) {
        long hi = Math.max(a, b);
        long lo = Math.min(a, b);
        return hi - lo <= tolerance * hi;
    }

    private static Row row(Key key, List<Report> e) {
        Report first = e.get(0);
        // the value reported most often; ties: the latest report's
        Map<Long, Integer> counts = new HashMap<>();
        for (Report r : e) {
            counts.merge(r.quantity(), 1, Integer::sum);
        }
        Report rep = first;
        int repCount = 0;
        for (Report r : e) {
            int c = counts.get(r.quantity());
            if (c >= repCount) {
                rep = r;
                repCount = c;
            }
        }
        LocalDate firstDate = e.stream().map(Report::pubDate).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        LocalDate lastDate = e.stream().map(Report::pubDate).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        TreeSet<String> articles = new TreeSet<>();
        e.forEach(r -> articles.add(r.articleId()));
        long min = e.stream().mapToLong(Report::quantity).min().getAsLong();
        long max = e.stream().mapToLong(Report::quantity).max().getAsLong();
        String id = id(key.country() + "|" + key.term() + "|" + key.unit() + "|" + first.articleId() + "|" + first.begin());
        return RowFactory.create(id, key.country(), key.term(), key.unit(), rep.quantity(), min, max,
                rep.peopleEstimate(), firstDate, lastDate, (long) e.size(), (long) articles.size(),
                scala.collection.JavaConverters.asScalaBuffer(new ArrayList<>(articles)).toSeq(),
                mode(e, Report::location), mode(e, Report::cause), mode(e, Report::hazard), mode(e, Report::population),
                firstDate == null ? null : firstDate.toString().substring(0, 7));
    }

    /** The most frequent non-null value (ties: the first reported), or null. */
    private static String mode(List<Report> e, java.util.function.Function<Report, String> f) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        for (Report r : e) {
            String v = f.apply(r);
            if (v != null) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > bestCount) {
                best = c.getKey();
                bestCount = c.getValue();
            }
        }
        return best;
    }

    private static String id(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder("ev-");
            for (int i = 0; i < 8; i++) {
                sb.append(String.format("%02x", h[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

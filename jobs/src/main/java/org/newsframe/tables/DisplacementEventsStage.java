package org.newsframe.tables;

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
import org.newsframe.config.NewsframeConfig;
import org.newsframe.pipeline.RunContext;
import org.newsframe.pipeline.Stage;
import org.newsframe.schema.RowShape;
import org.newsframe.schema.TableSchema;
import org.newsframe.schema.Tables;
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

    @Override
    public List<TableSchema> reads() {
        return List.of(Tables.DISPLACEMENT, Tables.ARTICLES);
    }

    @Override
    public List<TableSchema> writes(NewsframeConfig config) {
        return List.of(Tables.DISPLACEMENT_EVENTS);
    }

    /** A figure as the grouping needs it. */
    /** One figure of the displacement table; {@code dupCluster} is its article's near-duplicate cluster. */
    record Report(String articleId, LocalDate pubDate, int begin, long quantity, long peopleEstimate, String location,
                  String cause, String hazard, String population, String dupCluster) implements Serializable {

        /** A report whose article is its own cluster. */
        Report(String articleId, LocalDate pubDate, int begin, long quantity, long peopleEstimate, String location,
               String cause, String hazard, String population) {
            this(articleId, pubDate, begin, quantity, peopleEstimate, location, cause, hazard, population, articleId);
        }
    }

    @Override
    public void run(RunContext ctx) {
        NewsframeConfig.Displacement conf = ctx.config().displacement();
        double tolerance = conf.eventQuantityTolerance();
        int window = conf.eventWindowDays();
        // a projection ("could be displaced") is not a report of what happened: it never makes an event
        Dataset<Row> figures = DupClusters.attach(ctx.read(Tables.DISPLACEMENT).where("NOT projected").select("country", "term", "unit",
                "article_id", "pub_date", "begin", "quantity", "people_estimate", "location", "cause", "hazard", "population"), ctx);
        JavaRDD<Row> events = figures.javaRDD()
                .mapToPair(r -> {
                    String country = r.getAs("country");
                    String location = r.getAs("location");
                    return new Tuple2<>(new Key(country, r.getAs("term"), r.getAs("unit"), country == null ? location : null),
                            new Report(r.getAs("article_id"), Sessions.localDate(r.getAs("pub_date")), r.<Integer>getAs("begin"),
                                    r.<Long>getAs("quantity"), r.<Long>getAs("people_estimate"), location, r.getAs("cause"),
                                    r.getAs("hazard"), r.getAs("population"), r.getAs(DupClusters.COLUMN)));
                })
                .groupByKey()
                .flatMap(g -> group(g._1, g._2, tolerance, window).iterator());
        ctx.write(Tables.DISPLACEMENT_EVENTS, ctx.spark().createDataFrame(events, SHAPE.type()));
    }

    private static final RowShape.Builder ROW = RowShape.of(Tables.DISPLACEMENT_EVENTS.writtenStruct());
    private static final RowShape.Field<String> EVENT_ID = ROW.field("event_id", String.class);
    private static final RowShape.Field<String> COUNTRY = ROW.field("country", String.class);
    private static final RowShape.Field<String> TERM = ROW.field("term", String.class);
    private static final RowShape.Field<String> UNIT = ROW.field("unit", String.class);
    private static final RowShape.Field<Long> QUANTITY = ROW.field("quantity", Long.class);
    private static final RowShape.Field<Long> QUANTITY_MIN = ROW.field("quantity_min", Long.class);
    private static final RowShape.Field<Long> QUANTITY_MAX = ROW.field("quantity_max", Long.class);
    private static final RowShape.Field<Long> PEOPLE_ESTIMATE = ROW.field("people_estimate", Long.class);
    private static final RowShape.Field<LocalDate> FIRST_REPORTED = ROW.field("first_reported", LocalDate.class);
    private static final RowShape.Field<LocalDate> LAST_REPORTED = ROW.field("last_reported", LocalDate.class);
    private static final RowShape.Field<Long> N_REPORTS = ROW.field("n_reports", Long.class);
    private static final RowShape.Field<Long> N_ARTICLES = ROW.field("n_articles", Long.class);
    private static final RowShape.Field<Long> N_ARTICLES_UNIQUE = ROW.field("n_articles_unique", Long.class);
    @SuppressWarnings("rawtypes")
    private static final RowShape.Field<List> ARTICLE_IDS = ROW.field("article_ids", List.class);
    private static final RowShape.Field<String> LOCATION = ROW.field("location", String.class);
    private static final RowShape.Field<String> CAUSE = ROW.field("cause", String.class);
    private static final RowShape.Field<String> HAZARD = ROW.field("hazard", String.class);
    private static final RowShape.Field<String> POPULATION = ROW.field("population", String.class);
    /** The rows this stage builds: the table without its partition column, which the store derives. */
    static final RowShape SHAPE = ROW.build();

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
        long stories = e.stream().map(Report::dupCluster).distinct().count();
        long min = e.stream().mapToLong(Report::quantity).min().getAsLong();
        long max = e.stream().mapToLong(Report::quantity).max().getAsLong();
        String id = id(key.country() + "|" + key.term() + "|" + key.unit() + "|" + first.articleId() + "|" + first.begin());
        Object[] v = SHAPE.values();
        EVENT_ID.set(v, id);
        COUNTRY.set(v, key.country());
        TERM.set(v, key.term());
        UNIT.set(v, key.unit());
        QUANTITY.set(v, rep.quantity());
        QUANTITY_MIN.set(v, min);
        QUANTITY_MAX.set(v, max);
        PEOPLE_ESTIMATE.set(v, rep.peopleEstimate());
        FIRST_REPORTED.set(v, firstDate);
        LAST_REPORTED.set(v, lastDate);
        N_REPORTS.set(v, (long) e.size());
        N_ARTICLES.set(v, (long) articles.size());
        N_ARTICLES_UNIQUE.set(v, stories);
        ARTICLE_IDS.set(v, new ArrayList<>(articles));
        LOCATION.set(v, mode(e, Report::location));
        CAUSE.set(v, mode(e, Report::cause));
        HAZARD.set(v, mode(e, Report::hazard));
        POPULATION.set(v, mode(e, Report::population));
        return SHAPE.row(v);
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

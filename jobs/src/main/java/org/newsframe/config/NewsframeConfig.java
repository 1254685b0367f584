package org.newsframe.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigValue;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The typed, validated view of the effective configuration. Immutable and serialisable, so the parts
 * the executors need travel inside the Spark closures that use them.
 */
public record NewsframeConfig(
        String master,
        String appName,
        Input input,
        Language language,
        Dedup dedup,
        Actors actors,
        String nerModel,
        String sentimentModel,
        java.util.List<String> cooccurrenceExcludeTypes,
        Output output,
        Displacement displacement,
        Trends trends,
        java.util.List<String> annotateComponents,
        Map<String, String> spark,
        String renderedJson) implements Serializable {

    public NewsframeConfig {
        spark = Map.copyOf(spark);
    }

    /** The trends stage: period, spike window, threshold and minimum count, and which series exist. */
    public record Trends(Period period, int spikeWindow, double spikeThreshold, int spikeMinCount,
                         int minMentions, int minPair) implements Serializable {}

    /**
     * Language identification: the detector ({@code optimaize} or {@code none}) and the languages the
     * English-trained annotate components read (ISO 639-1 codes; {@code und} is always read).
     */
    public record Language(String detector, java.util.List<String> annotate) implements Serializable {
        public Language {
            annotate = java.util.List.copyOf(annotate);
        }

        /** Whether the English-trained components read an article in this language. */
        public boolean annotates(String lang) {
            return lang == null || lang.equals("und") || annotate.contains(lang);
        }
    }

    /**
     * Near-duplicate clustering: on or off, the Jaccard threshold over word shingles of {@code shingleWords}
     * words, and the fewest words a text needs to be compared at all.
     */
    public record Dedup(boolean enabled, double threshold, int shingleWords, int minWords) implements Serializable {}

    /** Input reading and field mapping. */
    public record Input(
            InputFormat format,
            FieldMapping fields,
            char csvDelimiter,
            char csvQuote,
            char csvEscape,
            DateOrder dateOrder,
            String defaultTimezone,
            int maxTextChars,
            int maxNames,
            int maxRecordChars,
            String htmlExtractor) implements Serializable {}

    /** Which input field feeds which article column. */
    public record FieldMapping(String id, String title, String text, String published, String source, String url,
                               String html) implements Serializable {}

    /** Actor dictionaries, the name heuristic and the name tagger ({@code builtin}, {@code none} or a model file). */
    public record Actors(boolean builtin, java.util.List<String> files, java.util.List<String> phoenix,
                         boolean heuristic, String tagger) implements Serializable {
        public Actors {
            files = java.util.List.copyOf(files);
            phoenix = java.util.List.copyOf(phoenix);
        }
    }

    /**
     * Displacement figures: persons per household (default and per-country overrides of the built-in table)
     * and how displacement_events groups reports of one figure.
     */
    public record Displacement(double householdSizeDefault, Map<String, Double> householdSizes,
                               double eventQuantityTolerance, int eventWindowDays, String model) implements Serializable {
        public Displacement {
            householdSizes = Map.copyOf(householdSizes);
        }
    }

    /** Output settings. */
    public record Output(int snippetChars, String compression) implements Serializable {}

    /** Reading of all-numeric dates such as {@code 4/5/17}. */
    public enum DateOrder { MDY, DMY }

    /** The HTML extractors {@code org.newsframe.html.HtmlExtractors} knows (checked here, built there). */
    private static String htmlExtractor(String name) {
        String n = name.strip().toLowerCase(java.util.Locale.ROOT);
        if (!java.util.List.of("main", "readability", "boilerpipe").contains(n)) {
            throw new ConfigError("newsframe.input.html.extractor must be main, readability or boilerpipe; got " + name);
        }
        return n;
    }

    static NewsframeConfig from(Config c) {
        Config n = c.getConfig("newsframe");
        Config in = n.getConfig("input");
        Config f = in.getConfig("fields");
        FieldMapping fields = new FieldMapping(f.getString("id"), f.getString("title"), f.getString("text"),
                f.getString("published"), f.getString("source"), f.getString("url"), f.getString("html"));
        String tz = in.getString("default-timezone");
        try {
            ZoneId.of(tz);
        } catch (DateTimeException e) {
            throw new ConfigError("newsframe.input.default-timezone: not a time zone id: " + tz);
        }
        Input input = new Input(
                InputFormat.fromConfig(in.getString("format")),
                fields,
                singleChar(in, "csv.delimiter"),
                singleChar(in, "csv.quote"),
                singleChar(in, "csv.escape"),
                enumValue(DateOrder.class, in.getString("date-order"), "newsframe.input.date-order"),
                tz,
                positive(in, "max-text-chars"),
                positive(in, "max-names"),
                positive(in, "max-record-chars"),
                htmlExtractor(in.getString("html.extractor")));
        Config lc = n.getConfig("language");
        String detector = lc.getString("detector").strip().toLowerCase(Locale.ROOT);
        if (!java.util.List.of("optimaize", "none").contains(detector)) {
            throw new ConfigError("newsframe.language.detector must be optimaize or none; got " + lc.getString("detector"));
        }
        java.util.List<String> annotateLangs = new java.util.ArrayList<>();
        for (String l : lc.getStringList("annotate")) {
            String code = l.strip().toLowerCase(Locale.ROOT);
            if (!code.matches("[a-z]{2,3}")) {
                throw new ConfigError("newsframe.language.annotate: ISO 639-1 language codes such as en; got '" + l + "'");
            }
            annotateLangs.add(code);
        }
        Language language = new Language(detector, annotateLangs);
        Config dd = n.getConfig("dedup");
        double threshold = dd.getDouble("threshold");
        if (!(threshold > 0 && threshold <= 1)) {
            throw new ConfigError("newsframe.dedup.threshold must be in (0, 1]; got " + threshold);
        }
        Dedup dedup = new Dedup(dd.getBoolean("enabled"), threshold, positive(dd, "shingle-words"), positive(dd, "min-words"));
        Config a = n.getConfig("actors");
        Actors actors = new Actors(a.getBoolean("builtin"), a.getStringList("files"), a.getStringList("phoenix"),
                a.getBoolean("heuristic"), a.getString("tagger").strip());
        java.util.List<String> exclude = new java.util.ArrayList<>();
        for (String t : n.getStringList("cooccurrence.exclude-types")) {
            try {
                exclude.add(org.newsframe.schema.ActorType.parse(t).name());
            } catch (IllegalArgumentException e) {
                throw new ConfigError("newsframe.cooccurrence.exclude-types: unknown actor type " + t);
            }
        }
        Config o = n.getConfig("output");
        String compression = o.getString("compression").toLowerCase(Locale.ROOT);
        if (!java.util.Set.of("snappy", "zstd", "gzip", "none", "uncompressed").contains(compression)) {
            throw new ConfigError("newsframe.output.compression: one of snappy, zstd, gzip, none; got " + compression);
        }
        Output output = new Output(positive(o, "snippet-chars"), compression);

        Config d = n.getConfig("displacement");
        Map<String, Double> sizes = new TreeMap<>();
        for (Map.Entry<String, ConfigValue> e : d.getConfig("household-size.countries").entrySet()) {
            String iso = e.getKey().toUpperCase(Locale.ROOT);
            if (!iso.matches("[A-Z]{3}")) {
                throw new ConfigError("newsframe.displacement.household-size.countries: keys are ISO3 codes, got " + e.getKey());
            }
            if (sizes.put(iso, positiveDouble(d, "household-size.countries." + e.getKey())) != null) {
                throw new ConfigError("newsframe.displacement.household-size.countries: " + iso + " is given twice");
            }
        }
        double tolerance = positiveDouble(d, "events.quantity-tolerance");
        if (tolerance >= 1) {
            throw new ConfigError("newsframe.displacement.events.quantity-tolerance must be below 1, got " + tolerance);
        }
        Displacement displacement = new Displacement(positiveDouble(d, "household-size.default"), sizes, tolerance,
                positive(d, "events.window-days"), d.getString("model").strip());
        if (displacement.model().isEmpty()) {
            throw new ConfigError("newsframe.displacement.model is empty: `builtin`, `rules` or a path to a figure model");
        }

        Config tc = n.getConfig("trends");
        Trends trends = new Trends(enumValue(Period.class, tc.getString("period"), "newsframe.trends.period"),
                positive(tc, "spike-window"), positiveDouble(tc, "spike-threshold"), positive(tc, "spike-min-count"),
                positive(tc, "min-mentions"), positive(tc, "min-pair"));

        Map<String, String> spark = new TreeMap<>();
        if (c.hasPath("spark")) {
            for (Map.Entry<String, ConfigValue> e : c.getConfig("spark").entrySet()) {
                spark.put("spark." + e.getKey(), String.valueOf(e.getValue().unwrapped()));
            }
        }
        String json = c.withOnlyPath("newsframe").root().render(ConfigRenderOptions.concise());
        return new NewsframeConfig(n.getString("master"), n.getString("app-name"), input, language, dedup, actors,
                n.getString("ner.model").strip(), n.getString("sentiment.model").strip(), java.util.List.copyOf(exclude),
                output, displacement, trends, java.util.List.copyOf(n.getStringList("annotate.components")), spark, json);
    }

    private static char singleChar(Config c, String path) {
        String s = c.getString(path);
        if (s.equals("\\t")) {
            return '\t';
        }
        if (s.length() != 1) {
            throw new ConfigError("newsframe.input." + path + ": one character expected, got \"" + s + "\"");
        }
        return s.charAt(0);
    }

    private static double positiveDouble(Config c, String path) {
        double v;
        try {
            v = c.getDouble(path);
        } catch (com.typesafe.config.ConfigException e) {
            throw new ConfigError(e.getMessage(), e);
        }
        if (!(v > 0)) {
            throw new ConfigError(path + " must be positive, got " + v);
        }
        return v;
    }

    private static int positive(Config c, String path) {
        int v;
        try {
            v = c.getInt(path);
        } catch (com.typesafe.config.ConfigException e) {
            throw new ConfigError(e.getMessage(), e);
        }
        if (v <= 0) {
            throw new ConfigError(path + " must be positive, got " + v);
        }
        return v;
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String key) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new ConfigError(key + ": one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + ", got " + value);
        }
    }
}

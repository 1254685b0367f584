package org.newsframe.spark;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.newsframe.config.ConfigError;
import org.newsframe.config.NewsframeConfig;

/** Builds the SparkSession every command uses. */
public final class Sessions {

    private Sessions() {}

    /**
     * Master: {@code --master} if given, else what spark-submit set ({@code spark.master}), else
     * {@code newsframe.master} from the config. Every {@code spark.*} key of the config is applied.
     */
    public static SparkSession create(NewsframeConfig config, String masterOverride) {
        SparkConf conf = new SparkConf();
        for (Map.Entry<String, String> e : config.spark().entrySet()) {
            check(e.getKey(), e.getValue());
            conf.set(e.getKey(), e.getValue());
        }
        if (masterOverride != null && !masterOverride.isBlank()) {
            conf.setMaster(masterOverride);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(config.master());
        }
        if (!conf.contains("spark.app.name")) {
            conf.setAppName(config.appName());
        }
        // Rows carry java.time values (Instant, LocalDate) end to end.
        conf.set("spark.sql.datetime.java8API.enabled", "true");
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        // permissions of local files in-process, not by a chmod subprocess per file (NioLocalFileSystem)
        conf.setIfMissing("spark.hadoop.fs.file.impl", NioLocalFileSystem.class.getName());
        return SparkSession.builder().config(conf).getOrCreate();
    }

    /**
     * A {@code spark.*} setting Spark knows, with a value of the wrong type or range ({@code
     * spark.sql.shuffle.partitions=abc}), is a {@link ConfigError} here — one line, exit 2 — instead of a stack
     * trace from deep inside the first job. Spark's own converters decide (the SQL settings' and the core
     * settings' registries); keys Spark does not register pass unchecked, as Spark itself lets them.
     */
    static void check(String key, String value) {
        try {
            org.apache.spark.sql.internal.SQLConf sql = new org.apache.spark.sql.internal.SQLConf();
            if (org.apache.spark.sql.internal.SQLConf$.MODULE$.containsConfigKey(key)) {
                sql.setConfString(key, value);
                return;
            }
            org.apache.spark.internal.config.ConfigEntry<?> core = org.apache.spark.internal.config.ConfigEntry.findEntry(key);
            if (core != null) {
                core.readFrom(new org.apache.spark.internal.config.ConfigReader(Map.of(key, value)));
            }
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            throw new ConfigError("bad Spark setting " + key + "=" + value + ": " + ConfigError.firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("org.apache.spark")) {
                throw new ConfigError("bad Spark setting " + key + "=" + value + ": " + ConfigError.firstLine(e.getMessage()));
            }
            throw e;
        }
    }

    /** A DateType value of a Row as these sessions give it (LocalDate, Java 8 API), or from one that does not. */
    public static java.time.LocalDate localDate(Object v) {
        if (v instanceof java.time.LocalDate d) {
            return d;
        }
        return v instanceof java.sql.Date d ? d.toLocalDate() : null;
    }
}

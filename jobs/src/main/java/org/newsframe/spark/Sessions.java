package org.newsframe.spark;

import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
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
        return SparkSession.builder().config(conf).getOrCreate();
    }

    /** A DateType value of a Row as these sessions give it (LocalDate, Java 8 API), or from one that does not. */
    public static java.time.LocalDate localDate(Object v) {
        if (v instanceof java.time.LocalDate d) {
            return d;
        }
        return v instanceof java.sql.Date d ? d.toLocalDate() : null;
    }
}

package org.newsframe;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.newsframe.config.ConfigLoader;
import org.newsframe.spark.Sessions;

/** One local SparkSession for the whole test JVM (Surefire runs every class in one fork). */
public final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {}

    public static synchronized SparkSession get() {
        if (session == null) {
            session = Sessions.create(ConfigLoader.load(null, List.of(
                    "master=local[2]", "spark.ui.enabled=false", "spark.sql.shuffle.partitions=2",
                    "spark.driver.host=127.0.0.1", "spark.driver.bindAddress=127.0.0.1")), null);
        }
        return session;
    }
}

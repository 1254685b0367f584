package org.newsframe.annotate;

import static org.apache.spark.sql.functions.col;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.pipeline.RunFact;

/**
 * What the annotate stage read, by language: articles per {@code articles.lang}, and those the
 * English-trained components passed by ({@code language.annotate}) — so a non-English article is counted,
 * never silently mis-parsed. Manifest keys {@code articles_by_language} and {@code articles_skipped_by_language}.
 */
public record LanguageFacts(Map<String, Long> byLanguage, Map<String, Long> skippedByLanguage) implements RunFact {

    public LanguageFacts {
        byLanguage = Map.copyOf(byLanguage);
        skippedByLanguage = Map.copyOf(skippedByLanguage);
    }

    /** Counts the articles (a dataset with column {@code lang}) by language; a small aggregate to the driver. */
    static LanguageFacts of(Dataset<Row> articles, NewsframeConfig.Language language) {
        Map<String, Long> all = new TreeMap<>();
        Map<String, Long> skipped = new TreeMap<>();
        for (Row r : articles.groupBy(col("lang")).count().collectAsList()) {
            String lang = r.isNullAt(0) ? "null" : r.getString(0);
            all.put(lang, r.getLong(1));
            if (!language.annotates(r.isNullAt(0) ? null : lang)) {
                skipped.put(lang, r.getLong(1));
            }
        }
        return new LanguageFacts(all, skipped);
    }

    public long skipped() {
        return skippedByLanguage.values().stream().mapToLong(Long::longValue).sum();
    }

    @Override
    public Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles_by_language", new TreeMap<>(byLanguage));
        m.put("articles_skipped_by_language", new TreeMap<>(skippedByLanguage));
        return m;
    }
}

package org.newsframe.ingest;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The outcome of one input record: an accepted article (reason null) or a reject (reason set). Both kinds
 * flow through one Spark dataset so that records read = articles + rejects by construction.
 */
public record Ingested(
        String articleId,
        String title,
        String text,
        String publishedRaw,
        Instant publishedAt,
        LocalDate pubDate,
        String source,
        String url,
        String sourceFile,
        long recordNumber,
        String reason,
        String detail,
        String rawSnippet,
        boolean dateUnparsed) {

    /** Marks a skipped record in {@code reason}; {@link IngestStage} counts these by kind and writes no row. */
    static final String SKIPPED_PREFIX = "skipped:";

    static Ingested skipped(SourceRecord r) {
        return new Ingested(null, null, null, null, null, null, null, null, r.sourceFile(), r.recordNumber(),
                SKIPPED_PREFIX + r.failureDetail(), null, null, false);
    }

    static Ingested reject(SourceRecord r, RejectReason reason, String detail, String articleId, int snippetChars) {
        String raw = r.raw();
        if (raw != null && raw.length() > snippetChars) {
            raw = raw.substring(0, snippetChars);
        }
        return new Ingested(articleId, null, null, null, null, null, null, null, r.sourceFile(), r.recordNumber(),
                reason.code(), detail, raw, false);
    }
}

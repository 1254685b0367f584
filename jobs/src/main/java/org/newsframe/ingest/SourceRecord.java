package org.newsframe.ingest;

import java.util.Map;

/**
 * One record as a reader produced it, before mapping: either its fields (by input field name) or the
 * reason it could not be parsed. {@code raw} is the record's raw text where the reader has it, for the
 * rejects snippet.
 */
public record SourceRecord(
        String sourceFile,
        long recordNumber,
        Map<String, Object> fields,
        String raw,
        RejectReason failure,
        String failureDetail) {

    public static SourceRecord parsed(String file, long number, Map<String, Object> fields, String raw) {
        return new SourceRecord(file, number, fields, raw, null, null);
    }

    public static SourceRecord failed(String file, long number, RejectReason reason, String detail, String raw) {
        return new SourceRecord(file, number, null, raw, reason, detail);
    }

    /** A record of a kind that is not an article (a WARC request, a PDF response): counted by {@code kind}, not rejected. */
    public static SourceRecord skipped(String file, long number, String kind) {
        return new SourceRecord(file, number, null, null, null, kind);
    }

    public boolean isFailure() {
        return failure != null;
    }

    public boolean isSkipped() {
        return failure == null && fields == null;
    }
}

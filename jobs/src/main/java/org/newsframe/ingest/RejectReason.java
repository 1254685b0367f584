package org.newsframe.ingest;

import java.util.Locale;

/** Why an input record was not accepted as an article. The lower-case name is stored in {@code rejects.reason}. */
public enum RejectReason {
    /** The line is not valid JSON. */
    MALFORMED_JSON,
    /** Valid JSON, but not an object (an array, a string, a number). */
    NOT_AN_OBJECT,
    /** A CSV row that cannot be parsed or has a different number of fields from the header. */
    MALFORMED_CSV,
    /** The mapped text field is absent, null or blank after normalisation. */
    MISSING_TEXT,
    /**
     * The mapped text field holds a number, a boolean or a JSON object instead of text (a 40-digit number read
     * as a double is garbage, an object is not prose): the record is rejected, not accepted as text.
     */
    TEXT_NOT_A_STRING,
    /** The text is longer than {@code input.max-text-chars}. */
    TEXT_TOO_LARGE,
    /**
     * The text has more capitalised words than {@code input.max-names}: the annotate stage's cost per article
     * grows with its name candidates, and one such article must not hold up the run (a megabyte of capitals).
     */
    ANNOTATE_BUDGET,
    /** The raw record is longer than {@code input.max-record-chars}; it is not parsed. */
    RECORD_TOO_LARGE,
    /** The record contains bytes that are not valid in the input encoding (UTF-8). */
    UNDECODABLE_BYTES,
    /** Another record earlier in the input (by file, then record number) has the same article id. */
    DUPLICATE_ID,
    /** A WARC response whose HTTP status is not 200 (redirects, errors). */
    HTTP_STATUS,
    /** A WARC record marked truncated ({@code WARC-Truncated}): the page is incomplete. */
    TRUNCATED_RECORD,
    /** A WARC record that cannot be parsed (bad headers, bad HTTP message); reading stops there. */
    MALFORMED_WARC,
    /** The file could not be read past this point (corrupt gzip, I/O error); nothing after it was read. */
    UNREADABLE_FILE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}

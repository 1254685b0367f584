package org.newsframe.config;

import java.util.Locale;
import java.util.Optional;

/** The input formats newsframe reads. {@link #AUTO} means: decide per file from its extension. */
public enum InputFormat {
    AUTO, JSONL, CSV, PARQUET, TXT, HTML, WARC;

    public static InputFormat fromConfig(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "auto" -> AUTO;
            case "jsonl", "json", "ndjson" -> JSONL;
            case "csv", "tsv" -> CSV;
            case "parquet" -> PARQUET;
            case "txt", "text" -> TXT;
            case "html", "htm" -> HTML;
            case "warc" -> WARC;
            default -> throw new ConfigError("input format must be one of auto, jsonl, csv, parquet, txt, html, warc; got " + value);
        };
    }

    /** The format a file name implies, ignoring a trailing {@code .gz}; empty when the extension is unknown. */
    public static Optional<InputFormat> fromFileName(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return Optional.of(JSONL);
        }
        if (n.endsWith(".csv") || n.endsWith(".tsv")) {
            return Optional.of(CSV);
        }
        if (n.endsWith(".parquet")) {
            return Optional.of(PARQUET);
        }
        if (n.endsWith(".txt")) {
            return Optional.of(TXT);
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return Optional.of(HTML);
        }
        if (n.endsWith(".warc")) {
            return Optional.of(WARC);
        }
        return Optional.empty();
    }

    public static boolean isGzip(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    public static boolean isTsv(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".tsv") || n.endsWith(".tsv.gz");
    }
}

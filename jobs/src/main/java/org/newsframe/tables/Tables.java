package org.newsframe.tables;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.List;
import java.util.Optional;

/**
 * Every table newsframe writes, declared once. The Spark jobs build their rows against these schemas,
 * {@code docs/tables.md} is generated from them ({@code bin/newsframe docs tables}), and a test keeps the
 * two in step.
 */
public final class Tables {

    private Tables() {}

    /** Partition column shared by the dated tables: {@code YYYY-MM} of pub_date, null when undated. */
    public static final String PUB_MONTH = "pub_month";

    private static Column pubMonth() {
        return new Column(PUB_MONTH, StringType, true,
                "Partition: `YYYY-MM` of pub_date; undated rows sit in the null partition (`__HIVE_DEFAULT_PARTITION__`).");
    }

    public static final TableSchema ARTICLES = new TableSchema("articles", "one accepted input article",
            List.of(
                    new Column("article_id", StringType, false,
                            "The input id when the record has one, else `h-` + 16 hex chars of SHA-256 over source, url, title and normalised text. Stable across runs."),
                    new Column("title", StringType, true, "Title, normalised like text (may be empty)."),
                    new Column("text", StringType, false,
                            "Body text after normalisation (NFC, control characters removed, spaces collapsed, one `\\n` between paragraphs). Every character offset in later tables points into this string."),
                    new Column("published_raw", StringType, true, "The published value exactly as it was in the input."),
                    new Column("published_at", TimestampType, true,
                            "Publication instant (UTC). Date-only inputs are midnight UTC; null when absent or unparseable."),
                    new Column("pub_date", DateType, true,
                            "Publication date as written by the source (local date of the stated zone); null when absent or unparseable."),
                    new Column("source", StringType, true, "Publisher or feed, from the mapped source field."),
                    new Column("url", StringType, true, "Article URL, from the mapped url field."),
                    new Column("text_chars", IntegerType, false, "Length of text in UTF-16 chars (the unit of every offset)."),
                    new Column("source_file", StringType, false, "Input file the record came from."),
                    new Column("record_number", LongType, false,
                            "1-based record position in its file (line for JSON Lines, row after the header for CSV, row for Parquet, 1 for a .txt file)."),
                    pubMonth()),
            Optional.of(PUB_MONTH));

    public static final TableSchema REJECTS = new TableSchema("rejects", "one input record that could not be used",
            List.of(
                    new Column("source_file", StringType, false, "Input file the record came from."),
                    new Column("record_number", LongType, false, "1-based record position in its file (0 when the whole file failed)."),
                    new Column("reason", StringType, false,
                            "Why it was rejected: `malformed_json`, `not_an_object`, `malformed_csv`, `missing_text`, `text_too_large`, `record_too_large`, `undecodable_bytes`, `duplicate_id`, `unreadable_file`."),
                    new Column("detail", StringType, true, "Human-readable detail (parser message, sizes, the id that was duplicated)."),
                    new Column("article_id", StringType, true, "The article id, when one could be derived (set for `duplicate_id`)."),
                    new Column("raw_snippet", StringType, true, "The start of the raw record, truncated to `output.snippet-chars`.")),
            Optional.empty());

    /** Tables in the order the pipeline writes them. */
    public static List<TableSchema> all() {
        return List.of(ARTICLES, REJECTS);
    }

    public static TableSchema byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table named " + name));
    }

    /** Markdown reference of every table, as in docs/tables.md. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Tables\n\n")
          .append("Generated from `org.newsframe.tables.Tables` by `bin/newsframe docs tables`; a test fails when this file and the code disagree.\n")
          .append("Every table is Parquet under `<output>/<table>/`. Offsets (`begin`, `end`) are UTF-16 char offsets into `articles.text`, end exclusive.\n");
        for (TableSchema t : all()) {
            md.append("\n## `").append(t.name()).append("`\n\n")
              .append("One row = ").append(t.grain()).append(".");
            t.partitionColumn().ifPresent(p -> md.append(" Partitioned by `").append(p).append("`."));
            md.append("\n\n| column | type | null | meaning |\n|---|---|---|---|\n");
            for (Column c : t.columns()) {
                md.append("| `").append(c.name()).append("` | ").append(c.type().simpleString())
                  .append(" | ").append(c.nullable() ? "yes" : "no").append(" | ")
                  .append(c.doc().replace("|", "\\|")).append(" |\n");
            }
        }
        return md.toString();
    }
}

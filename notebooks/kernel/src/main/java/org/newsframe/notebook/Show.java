package org.newsframe.notebook;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Rows as an HTML table for a notebook: {@code display(Show.html(ds), "text/html")} in any kernel built on
 * JJava's base (this one renders a Dataset value so by itself). Cells are escaped; long text is cut.
 */
public final class Show {

    /** Characters of one cell before it is cut with an ellipsis. */
    static final int MAX_CELL = 300;

    private Show() {}

    /** The first n rows of a Dataset (n + 1 are fetched to say whether there are more). */
    public static String html(Dataset<Row> rows, int n) {
        List<Row> first = rows.limit(n + 1).collectAsList();
        return html(rows.schema(), first.subList(0, Math.min(n, first.size())), first.size() > n);
    }

    /** The first 20 rows of a Dataset. */
    public static String html(Dataset<Row> rows) {
        return html(rows, Displays.DATASET_ROWS);
    }

    /** Rows already collected, under the schema's column names; more says a "…" row follows. */
    public static String html(StructType schema, List<Row> rows, boolean more) {
        StringBuilder b = new StringBuilder("<table class=\"newsframe\">\n<thead><tr>");
        for (StructField f : schema.fields()) {
            b.append("<th title=\"").append(escape(f.dataType().simpleString())).append("\">")
                    .append(escape(f.name())).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            b.append("<tr>");
            for (int i = 0; i < schema.fields().length; i++) {
                Object v = r.isNullAt(i) ? null
                        : schema.fields()[i].dataType() instanceof org.apache.spark.sql.types.ArrayType ? r.getList(i) : r.get(i);
                b.append(v instanceof Number ? "<td style=\"text-align:right\">" : "<td>").append(cell(v)).append("</td>");
            }
            b.append("</tr>\n");
        }
        if (more) {
            b.append("<tr><td colspan=\"").append(schema.fields().length).append("\">…</td></tr>\n");
        }
        return b.append("</tbody>\n</table>").toString();
    }

    private static String cell(Object v) {
        if (v == null) {
            return "<i>null</i>";
        }
        String s;
        if (v instanceof Double d) {
            s = Double.isNaN(d) ? "NaN" : String.format(java.util.Locale.ROOT, "%.3f", d);
        } else {
            s = v.toString();
        }
        if (s.length() > MAX_CELL) {
            s = s.substring(0, MAX_CELL) + "…";
        }
        return escape(s);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}

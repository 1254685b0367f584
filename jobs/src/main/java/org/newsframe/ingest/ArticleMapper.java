package org.newsframe.ingest;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.config.NewsframeConfig.FieldMapping;

/**
 * Maps a {@link SourceRecord} to an article or a reject: applies the field mapping, normalises title and
 * text, parses the date, checks sizes and derives the id. One instance per task (it holds a date parser).
 */
public final class ArticleMapper {

    private final FieldMapping fields;
    private final int maxTextChars;
    private final int snippetChars;
    private final DateParser dates;

    public ArticleMapper(NewsframeConfig.Input input, int snippetChars) {
        this.fields = input.fields();
        this.maxTextChars = input.maxTextChars();
        this.snippetChars = snippetChars;
        this.dates = new DateParser(input.dateOrder(), ZoneId.of(input.defaultTimezone()));
    }

    public Ingested map(SourceRecord r) {
        if (r.isFailure()) {
            return Ingested.reject(r, r.failure(), r.failureDetail(), null, snippetChars);
        }
        Map<String, Object> f = r.fields();
        Object rawText = f.get(fields.text());
        if (rawText == null) {
            String detail = f.containsKey(fields.text())
                    ? "field '" + fields.text() + "' is null"
                    : "no field '" + fields.text() + "' (input.fields.text); fields present: " + fieldNames(f);
            return Ingested.reject(r, RejectReason.MISSING_TEXT, detail, null, snippetChars);
        }
        String rawString = rawText.toString();
        if (rawString.length() > maxTextChars) {
            return Ingested.reject(r, RejectReason.TEXT_TOO_LARGE,
                    rawString.length() + " chars > input.max-text-chars=" + maxTextChars, null, snippetChars);
        }
        String text = TextNormalizer.normalize(rawString);
        if (text.isEmpty()) {
            return Ingested.reject(r, RejectReason.MISSING_TEXT, "field '" + fields.text() + "' is blank", null,
                    snippetChars);
        }
        String title = TextNormalizer.normalize(string(f.get(fields.title())));
        String source = blankToNull(TextNormalizer.normalize(string(f.get(fields.source()))));
        String url = blankToNull(string(f.get(fields.url())));
        if (url != null) {
            url = url.strip();
        }
        Object published = f.get(fields.published());
        String publishedRaw = published == null ? null : published.toString();
        Optional<ParsedDate> date = dates.parse(published);
        boolean unparsed = published != null && !publishedRaw.isBlank() && date.isEmpty();

        String id = blankToNull(string(f.get(fields.id())));
        String articleId = id != null ? id.strip() : ArticleIds.hashed(source, url, title, text);
        return new Ingested(articleId, title, text, publishedRaw,
                date.map(ParsedDate::instant).orElse(null), date.map(ParsedDate::localDate).orElse(null),
                source, url, r.sourceFile(), r.recordNumber(), null, null, null, unparsed);
    }

    private static String fieldNames(Map<String, Object> f) {
        return f.keySet().stream().filter(k -> k.indexOf('.') < 0).sorted().limit(20).toList().toString();
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

package org.newsframe.ingest;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.config.NewsframeConfig.FieldMapping;
import org.newsframe.html.HtmlExtractor;
import org.newsframe.html.HtmlExtractors;
import org.newsframe.html.Page;

/**
 * Maps a {@link SourceRecord} to an article or a reject: applies the field mapping, normalises title and
 * text, parses the date, checks sizes and derives the id. One instance per task (it holds a date parser).
 */
public final class ArticleMapper {

    private final FieldMapping fields;
    private final int maxTextChars;
    private final int maxNames;
    private final int snippetChars;
    private final DateParser dates;
    private final String htmlExtractorName;
    private HtmlExtractor html;

    public ArticleMapper(NewsframeConfig.Input input, int snippetChars) {
        this.fields = input.fields();
        this.htmlExtractorName = input.htmlExtractor();
        this.maxTextChars = input.maxTextChars();
        this.maxNames = input.maxNames();
        this.snippetChars = snippetChars;
        this.dates = new DateParser(input.dateOrder(), ZoneId.of(input.defaultTimezone()));
    }

    /** Words that begin with a capital letter, counted up to {@code limit}; one pass, no allocation. */
    static int capitalisedWords(String text, int limit) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && n < limit; i++) {
            char c = text.charAt(i);
            boolean word = Character.isLetterOrDigit(c);
            if (word && !inWord && Character.isUpperCase(c)) {
                n++;
            }
            inWord = word;
        }
        return n;
    }

    public Ingested map(SourceRecord r) {
        if (r.isFailure()) {
            return Ingested.reject(r, r.failure(), r.failureDetail(), null, snippetChars);
        }
        if (r.isSkipped()) {
            return Ingested.skipped(r);
        }
        Map<String, Object> f = r.fields();
        Object rawText = f.get(fields.text());
        if (rawText == null && f.get(fields.html()) != null) {
            f = fromHtml(f);
            rawText = f.get(fields.text());
            if (rawText == null) {
                return Ingested.reject(r, RejectReason.MISSING_TEXT,
                        "the HTML page has no main text (input.html.extractor = " + htmlExtractorName + ")", null,
                        snippetChars);
            }
        }
        if (rawText == null) {
            String detail = f.containsKey(fields.text())
                    ? "field '" + fields.text() + "' is null"
                    : "no field '" + fields.text() + "' (input.fields.text); fields present: " + fieldNames(f);
            return Ingested.reject(r, RejectReason.MISSING_TEXT, detail, null, snippetChars);
        }
        if (!(rawText instanceof String)) {
            String kind = rawText instanceof Boolean ? "a boolean" : rawText instanceof Number ? "a number"
                    : "a JSON object or a list of objects";
            return Ingested.reject(r, RejectReason.TEXT_NOT_A_STRING, "field '" + fields.text() + "' is " + kind
                    + ", not text", null, snippetChars);
        }
        String rawString = (String) rawText;
        if (rawString.length() > maxTextChars) {
            return Ingested.reject(r, RejectReason.TEXT_TOO_LARGE,
                    rawString.length() + " chars > input.max-text-chars=" + maxTextChars, null, snippetChars);
        }
        String text = TextNormalizer.normalize(rawString);
        if (text.isEmpty()) {
            return Ingested.reject(r, RejectReason.MISSING_TEXT, "field '" + fields.text() + "' is blank", null,
                    snippetChars);
        }
        int names = capitalisedWords(text, maxNames + 1);
        if (names > maxNames) {
            return Ingested.reject(r, RejectReason.ANNOTATE_BUDGET, "more than " + maxNames
                    + " capitalised words (input.max-names): too many name candidates to annotate", null, snippetChars);
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

    /**
     * The record's fields with the page's main text as the text field; the page's title and published date
     * fill those fields when the record has none (a WARC record's date comes last).
     */
    private Map<String, Object> fromHtml(Map<String, Object> f) {
        if (html == null) {
            html = HtmlExtractors.byName(htmlExtractorName);
        }
        Object url = f.get(fields.url());
        Page page = html.extract(f.get(fields.html()).toString(), url == null ? null : url.toString());
        Map<String, Object> out = new HashMap<>(f);
        if (page.hasText()) {
            // a page's paragraph break is a blank line in the text convention TextNormalizer reads
            out.put(fields.text(), page.text().replace("\n", "\n\n"));
        }
        if (out.get(fields.title()) == null && page.title() != null) {
            out.put(fields.title(), page.title());
        }
        if (out.get(fields.published()) == null) {
            out.put(fields.published(), page.published() != null ? page.published() : f.get("warc_date"));
        }
        if (out.get(fields.source()) == null && url != null) {
            out.put(fields.source(), host(url.toString()));
        }
        return out;
    }

    /** {@code https://www.example.org/a/b} → {@code example.org}; null when not a URL. */
    static String host(String url) {
        try {
            String h = java.net.URI.create(url.strip()).getHost();
            if (h == null) {
                return null;
            }
            h = h.toLowerCase(java.util.Locale.ROOT);
            return h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
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

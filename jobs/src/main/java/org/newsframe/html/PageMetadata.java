package org.newsframe.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title and publication date as a page states them, read before any cleaning. The date, first found of:
 * {@code <meta property="article:published_time">} (and its common variants), JSON-LD {@code datePublished},
 * {@code itemprop="datePublished"}, the first {@code <time datetime>}. The title: {@code og:title}, JSON-LD
 * {@code headline}, the first {@code <h1>}, then {@code <title>}.
 */
public final class PageMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] DATE_METAS = {
        "meta[property=article:published_time]", "meta[name=article:published_time]",
        "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
        "meta[name=date]", "meta[name=dc.date.issued]", "meta[name=DC.date.issued]", "meta[name=sailthru.date]",
        "meta[property=og:published_time]", "meta[name=parsely-pub-date]"};

    private PageMetadata() {}

    /** The page of {@code doc} with the given main text: its title, published date and declared language. */
    public static Page page(Document doc, String text) {
        return new Page(title(doc), text, published(doc), declaredLanguage(doc));
    }

    public static String published(Document doc) {
        for (String q : DATE_METAS) {
            Element m = doc.selectFirst(q);
            if (m != null && !m.attr("content").isBlank()) {
                return m.attr("content").strip();
            }
        }
        String ld = fromJsonLd(doc, "datePublished");
        if (ld != null) {
            return ld;
        }
        Element item = doc.selectFirst("[itemprop=datePublished][datetime], [itemprop=datePublished][content]");
        if (item != null) {
            return item.hasAttr("datetime") ? item.attr("datetime").strip() : item.attr("content").strip();
        }
        Element time = doc.selectFirst("time[datetime]");
        if (time != null && !time.attr("datetime").isBlank()) {
            return time.attr("datetime").strip();
        }
        return null;
    }

    public static String title(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return og.attr("content").strip();
        }
        String ld = fromJsonLd(doc, "headline");
        if (ld != null) {
            return ld;
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String t = doc.title();
        return t == null || t.isBlank() ? null : t.strip();
    }

    /** {@code <html lang="en-GB">} → {@code en}; null when absent. */
    public static String declaredLanguage(Document doc) {
        Element html = doc.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang");
        if (lang.isBlank()) {
            Element m = doc.selectFirst("meta[http-equiv=content-language], meta[property=og:locale]");
            lang = m == null ? "" : m.attr("content");
        }
        lang = lang.strip().toLowerCase(java.util.Locale.ROOT);
        int cut = lang.indexOf('-') >= 0 ? lang.indexOf('-') : lang.indexOf('_');
        if (cut > 0) {
            lang = lang.substring(0, cut);
        }
        return lang.isEmpty() ? null : lang;
    }

    /** The first string value of {@code key} in any JSON-LD block (objects, arrays, {@code @graph}). */
    static String fromJsonLd(Document doc, String key) {
        for (Element s : doc.select("script[type=application/ld+json]")) {
            try {
                String v = find(JSON.readTree(s.data()), key, 0);
                if (v != null && !v.isBlank()) {
                    return v.strip();
                }
            } catch (java.io.IOException | RuntimeException e) {
                // a broken JSON-LD block is common; the other sources still apply
            }
        }
        return null;
    }

    private static String find(JsonNode n, String key, int depth) {
        if (n == null || depth > 6) {
            return null;
        }
        if (n.isObject()) {
            JsonNode v = n.get(key);
            if (v != null && v.isTextual()) {
                return v.asText();
            }
            for (JsonNode child : n) {
                String found = find(child, key, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        } else if (n.isArray()) {
            for (JsonNode child : n) {
                String found = find(child, key, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}

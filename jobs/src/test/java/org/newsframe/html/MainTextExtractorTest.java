package org.newsframe.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MainTextExtractorTest {

    private static final String P1 = "Aid agencies said on Monday that more than 12,000 families had fled the fighting, "
            + "crossing the river into neighbouring districts, where schools are used as shelters.";
    private static final String P2 = "The governor, speaking in the provincial capital, said food and water were running "
            + "short, and that roads to the camps remained closed after the rains.";
    private static final String P3 = "Officials expect the number of displaced people to rise, as clashes continue in "
            + "the hills north of the town, according to a statement.";

    private static String page(String head, String article) {
        return "<html lang=\"en-GB\"><head>" + head + "</head><body>"
                + "<div class=\"cookie-banner\">We use cookies to improve your experience. Accept all cookies.</div>"
                + "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>"
                + "<header><h1>Thousands flee fighting</h1></header>"
                + article
                + "<div class=\"related-stories\"><h3>Related</h3><ul>"
                + "<li><a href=\"/a\">Another story about floods in the region and the response to them</a></li>"
                + "<li><a href=\"/b\">A second story, linked from the article, about the elections</a></li></ul></div>"
                + "<section id=\"comments\"><p>Great article, thanks for reporting this, really a shame what happens.</p></section>"
                + "<footer><p>Copyright 2024 The Daily Example. All rights reserved, worldwide.</p></footer>"
                + "</body></html>";
    }

    @Test
    void keepsTheArticleParagraphsInOrderAndDropsThePageFurniture() {
        String article = "<article><div class=\"byline\">By A. Reporter</div>"
                + "<p>" + P1 + "</p>"
                + "<figure><img src=\"x.jpg\"><figcaption>Families wait at a school used as a shelter.</figcaption></figure>"
                + "<div class=\"ad-slot\">Advertisement</div>"
                + "<p>" + P2 + "</p><h2>What comes next</h2><p>" + P3 + "</p>"
                + "<div class=\"share-tools\"><a href=\"#\">Share on Facebook</a></div></article>";
        Page p = new MainTextExtractor().extract(page("<title>Thousands flee | Daily Example</title>", article), null);
        assertEquals(String.join("\n", P1, P2, "What comes next", P3), p.text());
        assertEquals("Thousands flee fighting", p.title());
        assertEquals("en", p.declaredLang());
        assertNull(p.published());
    }

    @Test
    void readsABodySplitIntoChunksAndBrSeparatedText() {
        String article = "<div class=\"story\"><div class=\"chunk\"><p>" + P1 + "</p></div>"
                + "<div class=\"inline-ad\"><p>Advertisement for a product you might like to buy today.</p></div>"
                + "<div class=\"chunk\"><p>" + P2 + "</p></div>"
                + "<div class=\"chunk\">" + P3 + "<br><br>The end of the report, with a final sentence.</div></div>";
        Page p = new MainTextExtractor().extract(page("", article), null);
        assertEquals(String.join("\n", P1, P2, P3, "The end of the report, with a final sentence."), p.text());
    }

    @Test
    void takesThePublishedDateFromMetaThenJsonLdThenTime() {
        String body = "<article><p>" + P1 + "</p><p>" + P2 + "</p></article>";
        String meta = "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\">"
                + "<meta property=\"og:title\" content=\"Families flee\">";
        assertEquals("2024-03-05T10:00:00Z", new MainTextExtractor().extract(page(meta, body), null).published());
        assertEquals("Families flee", new MainTextExtractor().extract(page(meta, body), null).title());
        String ld = "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":"
                + "[{\"@type\":\"WebPage\"},{\"@type\":\"NewsArticle\",\"headline\":\"From JSON-LD\","
                + "\"datePublished\":\"2023-11-02\"}]}</script>";
        Page fromLd = new MainTextExtractor().extract(page(ld, body), null);
        assertEquals("2023-11-02", fromLd.published());
        String time = "<article><time datetime=\"2022-01-09T08:30:00+01:00\">9 Jan</time><p>" + P1 + "</p></article>";
        assertEquals("2022-01-09T08:30:00+01:00", new MainTextExtractor().extract(page("", time), null).published());
    }

    @Test
    void aPageWithoutArticleTextGivesAnEmptyText() {
        Page p = new MainTextExtractor().extract("<html><body><nav><a href=\"/\">Home</a></nav></body></html>", null);
        assertEquals("", p.text());
        assertEquals("", new MainTextExtractor().extract("", null).text());
    }

    @Test
    void decodesByTheMetaCharsetAndTheHttpHeader() {
        byte[] latin = "<html><head><meta charset=\"windows-1252\"></head><body><p>caf\u00e9 \u2013 na\u00efve</p></body></html>"
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertEquals(true, HtmlPages.decode(latin, null).contains("caf\u00e9 \u2013 na\u00efve"));
        byte[] utf8 = "<p>caf\u00e9</p>".getBytes(StandardCharsets.UTF_8);
        assertEquals("<p>caf\u00e9</p>", HtmlPages.decode(utf8, null));
        assertEquals("<p>caf\u00c3\u00a9</p>", HtmlPages.decode(utf8, "ISO-8859-1"));
        assertEquals("ISO-8859-1", HtmlPages.charsetOf("text/html; charset=\"ISO-8859-1\""));
        assertNull(HtmlPages.charsetOf("text/html"));
    }
}

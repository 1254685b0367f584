package org.newsframe.html;

/**
 * Turns one HTML page into its main text and metadata. Implementations are plain Java, thread-confined
 * (one per task), and never throw for bad markup: a page with no article text gives an empty text.
 */
public interface HtmlExtractor {

    /** The extractor's name, as in {@code input.html.extractor}. */
    String name();

    /**
     * @param html the page source, already decoded
     * @param url the page's URL (resolves relative links; may be null)
     */
    Page extract(String html, String url);
}

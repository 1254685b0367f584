package org.newsframe.html;

/**
 * What an {@link HtmlExtractor} takes from one page: the main text (paragraphs separated by {@code \n}),
 * the title, the publication date as the page states it (raw, for the ingest date parser), and the
 * language the page declares ({@code <html lang>}, a hint only; null when absent).
 */
public record Page(String title, String text, String published, String declaredLang) {

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}

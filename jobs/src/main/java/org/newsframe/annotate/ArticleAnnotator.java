package org.newsframe.annotate;

import java.time.LocalDate;
import java.util.List;
import org.newsframe.config.NewsframeConfig;

/**
 * The annotate stage's work on one article, without Spark: a {@link ArticleDoc} through the enabled
 * components in order. Notebooks, tests and the eval commands call it on single texts; the stage calls it
 * inside {@code mapPartitions}, one per executor JVM ({@link AnnotatorCache}).
 */
public final class ArticleAnnotator {

    private final Extractors extractors;
    private final List<AnnotateComponent> components;
    private final NewsframeConfig.Language language;

    /** An annotator whose English-trained components read the languages of {@code language}. */
    public ArticleAnnotator(Extractors extractors, List<AnnotateComponent> components, NewsframeConfig.Language language) {
        this.extractors = extractors;
        this.components = List.copyOf(components);
        this.language = language;
    }

    /**
     * Annotates one article in language {@code lang} ({@code articles.lang}; null when not known, read by every
     * component); {@code pubDate} (nullable) dates year-less periods ("since 17 October").
     */
    public ArticleDoc annotate(String articleId, LocalDate pubDate, String text, String lang, List<ModelChunk> chunks) {
        ArticleDoc doc = new ArticleDoc(articleId, pubDate, text, lang, chunks);
        boolean trained = language.annotates(lang);
        for (AnnotateComponent c : components) {
            if (trained || c.languages() == AnnotateComponent.LanguageScope.ANY) {
                c.annotate(doc, extractors);
            }
        }
        return doc;
    }

    public ArticleDoc annotate(String articleId, LocalDate pubDate, String text, List<ModelChunk> chunks) {
        return annotate(articleId, pubDate, text, null, chunks);
    }

    public ArticleDoc annotate(String text, List<ModelChunk> chunks, LocalDate pubDate) {
        return annotate(null, pubDate, text, chunks);
    }

    public ArticleDoc annotate(String text, List<ModelChunk> chunks) {
        return annotate(null, null, text, chunks);
    }

    public ArticleDoc annotate(String text) {
        return annotate(null, null, text, List.of());
    }
}

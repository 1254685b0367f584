package org.newsframe.annotate;

import java.time.LocalDate;
import java.util.List;
import org.newsframe.actors.Mention;
import org.newsframe.displacement.Figure;
import org.newsframe.sentiment.Relation;
import org.newsframe.sentiment.TargetSentiment;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.SpanTokens;
import org.newsframe.text.TextAnalyzer;

/**
 * One article as the annotate components see it (spaCy's {@code Doc}): its text split into sentences and
 * tokens once, then filled by the components in order — mentions (with the tokens each covers, looked up
 * once), their sentiment, relations, figures. Plain Java; one per article, never shared between threads.
 */
public final class ArticleDoc {

    private final String articleId;
    private final LocalDate pubDate;
    private final String lang;
    private final AnalyzedText text;
    private final List<ModelChunk> chunks;
    private List<Mention> mentions = List.of();
    private SpanTokens mentionTokens;
    private List<TargetSentiment> sentiments;
    private List<Relation> relations = List.of();
    private List<Figure> figures = List.of();

    /**
     * @param pubDate nullable; dates year-less periods ("since 17 October")
     * @param chunks the Spark NLP model's entity chunks, empty without {@code ner.model}
     */
    public ArticleDoc(String articleId, LocalDate pubDate, String text, List<ModelChunk> chunks) {
        this(articleId, pubDate, text, null, chunks);
    }

    /** @param lang the article's language ({@code articles.lang}); null when not known (a single text) */
    public ArticleDoc(String articleId, LocalDate pubDate, String text, String lang, List<ModelChunk> chunks) {
        this.articleId = articleId;
        this.pubDate = pubDate;
        this.lang = lang;
        this.text = TextAnalyzer.analyze(text);
        this.chunks = chunks == null ? List.of() : List.copyOf(chunks);
    }

    public String articleId() {
        return articleId;
    }

    public LocalDate pubDate() {
        return pubDate;
    }

    /** The article's language, or null when not known. */
    public String lang() {
        return lang;
    }

    public AnalyzedText text() {
        return text;
    }

    public List<ModelChunk> chunks() {
        return chunks;
    }

    /** Actor mentions in text order (empty until the mentions component ran). */
    public List<Mention> mentions() {
        return mentions;
    }

    /** The tokens each mention covers, and the mention covering each token. */
    public SpanTokens mentionTokens() {
        if (mentionTokens == null) {
            mentionTokens = SpanTokens.of(text.tokens(), mentions); // no mentions yet: no token is covered
        }
        return mentionTokens;
    }

    /** Sets the mentions (sorted by begin) and looks up their tokens once for every later component. */
    public void mentions(List<Mention> found) {
        List<Mention> sorted = new java.util.ArrayList<>(found);
        sorted.sort(java.util.Comparator.comparingInt(Mention::begin));
        this.mentions = List.copyOf(sorted);
        this.mentionTokens = SpanTokens.of(text.tokens(), this.mentions);
        this.sentiments = null;
    }

    /** Targeted sentiment parallel to {@link #mentions()}, or null when the sentiment component did not run. */
    public List<TargetSentiment> sentiments() {
        return sentiments;
    }

    public void sentiments(List<TargetSentiment> scored) {
        if (scored.size() != mentions.size()) {
            throw new IllegalArgumentException(scored.size() + " sentiments for " + mentions.size() + " mentions");
        }
        this.sentiments = List.copyOf(scored);
    }

    public List<Relation> relations() {
        return relations;
    }

    public void relations(List<Relation> found) {
        this.relations = List.copyOf(found);
    }

    public List<Figure> figures() {
        return figures;
    }

    public void figures(List<Figure> found) {
        this.figures = List.copyOf(found);
    }
}

package org.newsframe.annotate;

import java.util.ArrayList;
import java.util.List;
import org.newsframe.actors.ActorDictionary;
import org.newsframe.actors.Mention;
import org.newsframe.actors.MentionFinder;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.TextAnalyzer;

/**
 * Everything the annotate stage extracts from one article, in one pass over its text: tokens and sentences,
 * then actor mentions (dictionary, heuristic, and model chunks when a model stage ran). Plain Java, no Spark:
 * notebooks and tests call it on a single text. Built once per executor JVM ({@link AnnotatorCache}).
 */
public final class ArticleAnnotator {

    /** What one article yields. */
    public record Result(AnalyzedText text, List<Mention> mentions) {}

    private final MentionFinder mentions;
    private final boolean heuristic;

    public ArticleAnnotator(ActorDictionary dictionary, boolean heuristic) {
        this.mentions = new MentionFinder(dictionary);
        this.heuristic = heuristic;
    }

    public Result annotate(String text, List<ModelChunk> chunks) {
        AnalyzedText analyzed = TextAnalyzer.analyze(text);
        List<Mention> found = mentions.find(analyzed);
        if (!heuristic) {
            found.removeIf(m -> m.source().equals(Mention.HEURISTIC));
        }
        if (chunks != null && !chunks.isEmpty()) {
            found = ModelChunks.merge(analyzed, found, chunks);
        }
        return new Result(analyzed, found);
    }

    public Result annotate(String text) {
        return annotate(text, List.of());
    }

    static List<Mention> copy(List<Mention> l) {
        return new ArrayList<>(l);
    }
}

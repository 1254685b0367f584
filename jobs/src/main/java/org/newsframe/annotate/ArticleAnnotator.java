package org.newsframe.annotate;

import java.util.ArrayList;
import java.util.List;
import org.newsframe.actors.ActorDictionary;
import org.newsframe.actors.Mention;
import org.newsframe.actors.MentionFinder;
import org.newsframe.displacement.Figure;
import org.newsframe.displacement.FigureExtractor;
import org.newsframe.displacement.Gazetteer;
import org.newsframe.displacement.HouseholdSizes;
import org.newsframe.sentiment.Lexicon;
import org.newsframe.sentiment.Relation;
import org.newsframe.sentiment.RelationExtractor;
import org.newsframe.sentiment.RelationLexicon;
import org.newsframe.sentiment.TargetSentiment;
import org.newsframe.sentiment.TargetedScorer;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;
import org.newsframe.text.Token;
import org.newsframe.text.TextAnalyzer;

/**
 * Everything the annotate stage extracts from one article, in one pass over its text: tokens and sentences,
 * then actor mentions (dictionary, heuristic, and model chunks when a model stage ran), the targeted
 * sentiment of each mention, the relations between actors and the displacement figures. Plain Java, no Spark:
 * notebooks and tests call it on a single text. Built once per executor JVM ({@link AnnotatorCache}).
 */
public final class ArticleAnnotator {

    /** What one article yields; {@code sentiments} is parallel to {@code mentions}. */
    public record Result(AnalyzedText text, List<Mention> mentions, List<TargetSentiment> sentiments,
                         List<Relation> relations, List<Figure> figures) {}

    private final MentionFinder mentions;
    private final boolean heuristic;
    private final TargetedScorer scorer;
    private final RelationExtractor relations;
    private final FigureExtractor figures;

    public ArticleAnnotator(ActorDictionary dictionary, boolean heuristic) {
        this(dictionary, heuristic, HouseholdSizes.builtin());
    }

    public ArticleAnnotator(ActorDictionary dictionary, boolean heuristic, HouseholdSizes households) {
        this.mentions = new MentionFinder(dictionary, Gazetteer.get());
        this.heuristic = heuristic;
        this.scorer = new TargetedScorer(Lexicon.get(), RelationLexicon.get());
        this.relations = new RelationExtractor(RelationLexicon.get());
        this.figures = new FigureExtractor(Gazetteer.get(), households);
    }

    /** Annotates one article; {@code pubDate} (nullable) dates year-less periods ("since 17 October"). */
    public Result annotate(String text, List<ModelChunk> chunks, java.time.LocalDate pubDate) {
        AnalyzedText analyzed = TextAnalyzer.analyze(text);
        List<Mention> found = mentions.find(analyzed);
        if (!heuristic) {
            found.removeIf(m -> m.source().equals(Mention.HEURISTIC));
        }
        if (chunks != null && !chunks.isEmpty()) {
            found = ModelChunks.merge(analyzed, found, chunks);
        }
        return new Result(analyzed, found, sentiments(analyzed, found), relations.extract(analyzed, found),
                figures.extract(analyzed, found, pubDate));
    }

    /** Targeted sentiment of every mention, with the words of all mentions excluded from scoring. */
    private List<TargetSentiment> sentiments(AnalyzedText text, List<Mention> found) {
        List<Token> tokens = text.tokens();
        boolean[] covered = new boolean[tokens.size()];
        int[][] ranges = new int[found.size()][];
        int k = 0;
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            while (k > 0 && tokens.get(k - 1).end() > m.begin()) {
                k--;
            }
            while (k < tokens.size() && tokens.get(k).end() <= m.begin()) {
                k++;
            }
            int first = k;
            int end = first;
            while (end < tokens.size() && tokens.get(end).begin() < m.end()) {
                covered[end] = true;
                end++;
            }
            ranges[i] = new int[] {first, Math.max(end, first + 1)};
        }
        List<TargetSentiment> out = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            Sentence s = text.sentences().get(m.sentenceIndex());
            out.add(scorer.score(text, s, ranges[i][0], Math.min(ranges[i][1], s.endToken()), covered));
        }
        return out;
    }

    public Result annotate(String text, List<ModelChunk> chunks) {
        return annotate(text, chunks, null);
    }

    public Result annotate(String text) {
        return annotate(text, List.of(), null);
    }

}

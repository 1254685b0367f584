package org.newsframe.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.newsframe.actors.MentionFinder;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;
import org.newsframe.text.Span;
import org.newsframe.text.SpanTokens;
import org.newsframe.text.TextAnalyzer;
import org.newsframe.text.Token;

/**
 * Scores given targets in a given sentence (score-targets, evaluation, training): the whole input is one
 * scope, the words of actor mentions the finder sees in it are excluded from scoring, as in the pipeline.
 */
public final class SentenceTargets {

    private final MentionFinder finder;
    private final SentimentScorer scorer;

    public SentenceTargets(MentionFinder finder, SentimentScorer scorer) {
        this.finder = finder;
        this.scorer = scorer;
    }

    public SentimentScorer scorer() {
        return scorer;
    }

    /** The configured scorer's reading of each target (the classifier's, or the rules'). */
    public List<TargetSentiment> score(String text, List<TargetInput.Target> targets) {
        List<TargetSentiment> out = new ArrayList<>(targets.size());
        each(text, targets, (whole, s, first, end, covered) -> out.add(scorer.score(whole, s, first, end, covered)));
        return out;
    }

    /** The rule scorer's reading of each target, whatever the configured model. */
    public List<TargetSentiment> rules(String text, List<TargetInput.Target> targets) {
        List<TargetSentiment> out = new ArrayList<>(targets.size());
        each(text, targets, (whole, s, first, end, covered) -> out.add(scorer.rules().score(whole, s, first, end, covered)));
        return out;
    }

    /** One target's rule reading and the classifier features built on it (training). */
    public record Evidence(TargetSentiment rules, TargetFeatures.Vector features) {}

    /** Each target's rule reading and classifier features, from one rule pass. */
    public List<Evidence> evidence(String text, List<TargetInput.Target> targets, TargetFeatures features) {
        List<Evidence> out = new ArrayList<>(targets.size());
        each(text, targets, (whole, s, first, end, covered) -> {
            TargetSentiment r = scorer.rules().score(whole, s, first, end, covered);
            out.add(new Evidence(r, features.extract(whole, s, first, end, covered, r)));
        });
        return out;
    }

    private interface TargetVisitor {
        void visit(AnalyzedText whole, Sentence s, int first, int end, boolean[] covered);
    }

    private void each(String text, List<TargetInput.Target> targets, TargetVisitor visitor) {
        AnalyzedText a = TextAnalyzer.analyze(text);
        List<Token> tokens = a.tokens();
        AnalyzedText whole = new AnalyzedText(text, tokens,
                List.of(new Sentence(0, 0, text.length(), 0, tokens.size())));
        SpanTokens mentions = SpanTokens.of(tokens, finder.find(a));
        SpanTokens given = SpanTokens.of(tokens, targets.stream().map(t -> new Target(t.from(), t.to())).toList());
        boolean[] covered = new boolean[tokens.size()];
        for (int k = 0; k < covered.length; k++) {
            covered[k] = mentions.covered(k) || given.covered(k);
        }
        for (int i = 0; i < targets.size(); i++) {
            int first = given.first(i);
            int end = given.end(i);
            if (first >= tokens.size()) {
                first = Math.max(0, tokens.size() - 1);
            }
            visitor.visit(whole, whole.sentences().get(0), first, Math.max(end, first + 1), covered);
        }
    }

    private record Target(int begin, int end) implements Span {}
}

package org.newsframe.sentiment;

import java.util.ArrayList;
import java.util.List;
import org.newsframe.actors.Mention;
import org.newsframe.actors.MentionFinder;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;
import org.newsframe.text.TextAnalyzer;
import org.newsframe.text.Token;

/**
 * Scores given targets in a given sentence (score-targets, evaluation): the whole input is one scope, the
 * words of actor mentions the finder sees in it are excluded from scoring, as in the pipeline.
 */
public final class SentenceTargets {

    private final MentionFinder finder;
    private final TargetedScorer scorer;

    public SentenceTargets(MentionFinder finder, TargetedScorer scorer) {
        this.finder = finder;
        this.scorer = scorer;
    }

    public List<TargetSentiment> score(String text, List<TargetInput.Target> targets) {
        AnalyzedText a = TextAnalyzer.analyze(text);
        List<Token> tokens = a.tokens();
        AnalyzedText whole = new AnalyzedText(text, tokens,
                List.of(new Sentence(0, 0, text.length(), 0, tokens.size())));
        boolean[] covered = new boolean[tokens.size()];
        for (Mention m : finder.find(a)) {
            mark(tokens, covered, m.begin(), m.end());
        }
        for (TargetInput.Target t : targets) {
            mark(tokens, covered, t.from(), t.to());
        }
        List<TargetSentiment> out = new ArrayList<>(targets.size());
        for (TargetInput.Target t : targets) {
            int first = 0;
            while (first < tokens.size() && tokens.get(first).end() <= t.from()) {
                first++;
            }
            int end = first;
            while (end < tokens.size() && tokens.get(end).begin() < t.to()) {
                end++;
            }
            if (first >= tokens.size()) {
                first = Math.max(0, tokens.size() - 1);
            }
            out.add(scorer.score(whole, whole.sentences().get(0), first, Math.max(end, first + 1), covered));
        }
        return out;
    }

    private static void mark(List<Token> tokens, boolean[] covered, int b, int e) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.begin() < e && b < t.end()) {
                covered[k] = true;
            }
        }
    }
}

package org.newsframe.annotate;

import java.util.ArrayList;
import java.util.List;
import org.newsframe.actors.Mention;
import org.newsframe.sentiment.TargetSentiment;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;
import org.newsframe.text.SpanTokens;

/**
 * {@code sentiment}: the targeted sentiment of every mention, in its sentence, with the words of all
 * mentions excluded from scoring → the sentiment columns of {@code mentions}: the trained classifier's
 * reading ({@code sentiment.model = builtin}, the default, or a file train-sentiment wrote) over the rule
 * scorer's evidence, or the rules' own ({@code sentiment.model = rules}).
 */
final class SentimentComponent extends NamedComponent {

    static final String NAME = "sentiment";

    SentimentComponent() {
        super(NAME, List.of(MentionsComponent.NAME), null);
    }

    @Override
    public void annotate(ArticleDoc doc, Extractors x) {
        AnalyzedText text = doc.text();
        List<Mention> ms = doc.mentions();
        SpanTokens spans = doc.mentionTokens();
        boolean[] covered = new boolean[text.tokens().size()];
        for (int t = 0; t < covered.length; t++) {
            covered[t] = spans.covered(t);
        }
        List<TargetSentiment> out = new ArrayList<>(ms.size());
        for (int i = 0; i < ms.size(); i++) {
            Sentence s = text.sentences().get(ms.get(i).sentenceIndex());
            int first = spans.first(i);
            int end = Math.max(spans.end(i), first + 1);
            out.add(x.scorer().score(text, s, first, Math.min(end, s.endToken()), covered));
        }
        doc.sentiments(out);
    }
}

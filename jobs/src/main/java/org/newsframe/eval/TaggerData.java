package org.newsframe.eval;

import java.util.ArrayList;
import java.util.List;
import org.newsframe.ner.NameHints;
import org.newsframe.ner.NameTagger;
import org.newsframe.ner.TaggerTrainer;
import org.newsframe.ner.Tags;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;
import org.newsframe.text.TextAnalyzer;
import org.newsframe.text.Token;

/**
 * CoNLL documents as the name tagger sees them: each document's text analysed as the annotate stage
 * analyses an article (newsframe's tokens and sentences, not CoNLL's), each token tagged B/I of the gold
 * entity that holds it, else O. So the tagger trains on the tokens it will tag.
 */
public final class TaggerData {

    private TaggerData() {}

    /** {@code hints}: give each sentence the built-in {@link NameHints} codes of its tokens. */
    public static List<TaggerTrainer.Sentence> sentences(List<ConllDocuments.Document> docs, boolean hints) {
        List<TaggerTrainer.Sentence> out = new ArrayList<>();
        for (List<TaggerTrainer.Sentence> d : documents(docs, hints)) {
            out.addAll(d);
        }
        return out;
    }

    /** The same, grouped by document (the second pass reads the whole document). */
    public static List<List<TaggerTrainer.Sentence>> documents(List<ConllDocuments.Document> docs, boolean hints) {
        List<List<TaggerTrainer.Sentence>> all = new ArrayList<>();
        for (ConllDocuments.Document d : docs) {
            List<TaggerTrainer.Sentence> out = new ArrayList<>();
            all.add(out);
            AnalyzedText a = TextAnalyzer.analyze(d.text());
            List<Token> tokens = a.tokens();
            int[] codes = hints ? NameHints.builtin().codes(a) : null;
            int[] tags = new int[tokens.size()];
            int e = 0;
            List<ConllDocuments.Entity> entities = d.entities();
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                while (e < entities.size() && entities.get(e).end() <= t.begin()) {
                    e++;
                }
                if (e < entities.size() && entities.get(e).begin() <= t.begin() && t.end() <= entities.get(e).end()) {
                    int type = Tags.TYPES.indexOf(entities.get(e).type());
                    boolean first = i == 0 || tokens.get(i - 1).end() <= entities.get(e).begin();
                    tags[i] = first ? Tags.begin(type) : Tags.inside(type);
                }
            }
            for (Sentence s : a.sentences()) {
                List<Token> st = tokens.subList(s.firstToken(), s.endToken());
                int[] stags = java.util.Arrays.copyOfRange(tags, s.firstToken(), s.endToken());
                if (stags.length > 0 && stags[0] != Tags.O && !Tags.isBegin(stags[0])) {
                    stags[0] = Tags.begin(Tags.type(stags[0])); // an entity split by the sentence splitter
                }
                out.add(new TaggerTrainer.Sentence(List.copyOf(st), stags,
                        codes == null ? null : java.util.Arrays.copyOfRange(codes, s.firstToken(), s.endToken())));
            }
        }
        return all;
    }

    /**
     * The tagger's speed on its own, one core: the documents analysed first, then {@code passes} timed passes
     * of tagging every sentence (features, scores, Viterbi); the best pass is reported.
     */
    public static String speed(NameTagger tagger, List<ConllDocuments.Document> docs, int passes) {
        return speedOn(tagger, docs.stream().map(ConllDocuments.Document::text).toList(), passes);
    }

    /** The same over any texts (bench: the benchmark's corpus). */
    public static String speedOn(NameTagger tagger, List<String> raw, int passes) {
        List<AnalyzedText> texts = new ArrayList<>();
        long tokens = 0;
        for (String text : raw) {
            AnalyzedText a = TextAnalyzer.analyze(text);
            texts.add(a);
            tokens += a.tokens().size();
        }
        double best = Double.MAX_VALUE;
        long names = 0;
        for (int p = 0; p < passes; p++) {
            long t0 = System.nanoTime();
            names = 0;
            for (AnalyzedText a : texts) {
                names += tagger.names(a).size();
            }
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return String.format(java.util.Locale.ROOT, "name tagger speed: %,d tokens, %,d names, best of %d passes %.3f s = %,.0f tokens/s (one core)",
                tokens, names, passes, best, tokens / best);
    }

    /** The tagger's names against the documents' gold entities. */
    public static NerEvaluation evaluate(NameTagger tagger, List<ConllDocuments.Document> docs) {
        NerEvaluation eval = new NerEvaluation();
        for (ConllDocuments.Document d : docs) {
            eval.addNames(d.entities(), tagger.names(TextAnalyzer.analyze(d.text())));
        }
        return eval;
    }
}

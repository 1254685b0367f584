package org.newsframe.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.newsframe.text.Token;

/**
 * Trains a {@link NameTagger} as an averaged structured perceptron (Collins 2002): for each sentence in a
 * seeded order, decode with the current weights and, where the best sequence differs from the gold one,
 * add the gold tags' features and transitions and subtract the predicted ones; the model is the average of
 * the weights over all steps (kept with the lazy sum trick: one extra array). Deterministic for a seed.
 */
public final class TaggerTrainer {

    /**
     * A training sentence: its tokens, gold tag per token, {@link NameHints} code per token (or null), and
     * {@link DocumentContext} code per token (null but for a second pass).
     */
    public record Sentence(List<Token> tokens, int[] tags, int[] codes, int[] context) {
        public Sentence(List<Token> tokens, int[] tags, int[] codes) {
            this(tokens, tags, codes, null);
        }
    }

    /** Folds of the jack-knife that gives the second pass first-pass tags of documents the first pass did not train on. */
    public static final int FOLDS = 5;

    private TaggerTrainer() {}

    /** {@code clusters}: the word clusters to read (null: none); {@code hints}: whether to read the sentences' codes. */
    public static NameTagger train(List<Sentence> sentences, int bits, int epochs, long seed, WordClusters clusters, boolean hints,
            Consumer<String> log) {
        return train(sentences, bits, epochs, seed, clusters, hints, false, log);
    }

    /**
     * A first pass and a second, document-level pass (stacking): the second pass trains on the sentences with the
     * {@link DocumentContext} of first-pass tags from a model that did not see their document ({@link #FOLDS}-fold
     * jack-knife over documents), so it learns how far first-pass tags elsewhere in an article can be trusted on
     * new text, not on text the first pass memorised. {@code documents}: each document's sentences.
     */
    public static NameTagger trainTwoPass(List<List<Sentence>> documents, int bits, int epochs, long seed, WordClusters clusters,
            boolean hints, Consumer<String> log) {
        Consumer<String> quiet = line -> {};
        NameTagger first = train(flatten(documents, -1), bits, epochs, seed, clusters, hints, false,
                log == null ? null : line -> log.accept("pass 1, " + line));
        List<List<Sentence>> withContext = new ArrayList<>(java.util.Collections.nCopies(documents.size(), null));
        for (int f = 0; f < FOLDS; f++) {
            NameTagger fold = train(flatten(documents, f), bits, epochs, seed, clusters, hints, false, quiet);
            for (int d = f; d < documents.size(); d += FOLDS) {
                withContext.set(d, withContext(fold, documents.get(d)));
            }
            if (log != null) {
                log.accept("jack-knife fold " + (f + 1) + " of " + FOLDS + " tagged");
            }
        }
        NameTagger second = train(flatten(withContext, -1), bits, epochs, seed, clusters, hints, true,
                log == null ? null : line -> log.accept("pass 2, " + line));
        return first.withSecondPass(second);
    }

    /** The sentences of every document, or (fold ≥ 0) of every document not in that fold. */
    private static List<Sentence> flatten(List<List<Sentence>> documents, int fold) {
        List<Sentence> out = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            if (fold < 0 || d % FOLDS != fold) {
                out.addAll(documents.get(d));
            }
        }
        return out;
    }

    /** A document's sentences with the {@link DocumentContext} of the model's tags over the whole document. */
    static List<Sentence> withContext(NameTagger model, List<Sentence> document) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : document) {
            tokens.addAll(s.tokens());
        }
        int[] tags = new int[tokens.size()];
        NameTagger.Workspace ws = model.workspace();
        int at = 0;
        int[] buffer = new int[64];
        for (Sentence s : document) {
            int n = s.tokens().size();
            if (buffer.length < n) {
                buffer = new int[n * 2];
            }
            model.tag(s.tokens(), 0, n, s.codes(), ws, buffer);
            System.arraycopy(buffer, 0, tags, at, n);
            at += n;
        }
        int[] context = DocumentContext.codes(tokens, tags);
        List<Sentence> out = new ArrayList<>(document.size());
        at = 0;
        for (Sentence s : document) {
            int n = s.tokens().size();
            out.add(new Sentence(s.tokens(), s.tags(), s.codes(), java.util.Arrays.copyOfRange(context, at, at + n)));
            at += n;
        }
        return out;
    }

    private static NameTagger train(List<Sentence> sentences, int bits, int epochs, long seed, WordClusters clusters, boolean hints,
            boolean document, Consumer<String> log) {
        int rows = 1 << bits;
        float[] w = new float[rows * Tags.COUNT];
        double[] u = new double[rows * Tags.COUNT]; // the sums of step × update: doubles, or the average loses its digits
        float[] tw = new float[(Tags.COUNT + 1) * Tags.COUNT];
        double[] tu = new double[tw.length];
        NameTagger current = new NameTagger(bits, clusters, hints, document, w, tw, false, null); // weights change: no presence bitmap
        NameTagger.Workspace ws = current.workspace();
        final int per = ws.features.perToken();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        long step = 1;
        int[] predicted = new int[256];
        for (int epoch = 1; epoch <= epochs; epoch++) {
            java.util.Collections.shuffle(order, random);
            long wrong = 0;
            long tokens = 0;
            for (int idx : order) {
                Sentence s = sentences.get(idx);
                int n = s.tokens().size();
                if (n == 0) {
                    continue;
                }
                if (predicted.length < n) {
                    predicted = new int[n * 2];
                }
                current.tag(s.tokens(), 0, n, s.codes(), s.context(), ws, predicted);
                int[] gold = s.tags();
                tokens += n;
                for (int i = 0; i < n; i++) {
                    int g = gold[i];
                    int p = predicted[i];
                    int gp = i == 0 ? -1 : gold[i - 1];
                    int pp = i == 0 ? -1 : predicted[i - 1];
                    if (g != p) {
                        wrong++;
                        int o = i * per;
                        for (int f = 0; f < per; f++) {
                            int r = ws.feats[o + f] * Tags.COUNT;
                            w[r + g] += 1f;
                            u[r + g] += step;
                            w[r + p] -= 1f;
                            u[r + p] -= step;
                        }
                    }
                    if (g != p || gp != pp) {
                        tw[(gp + 1) * Tags.COUNT + g] += 1f;
                        tu[(gp + 1) * Tags.COUNT + g] += step;
                        tw[(pp + 1) * Tags.COUNT + p] -= 1f;
                        tu[(pp + 1) * Tags.COUNT + p] -= step;
                    }
                }
                step++;
            }
            if (log != null) {
                log.accept(String.format("epoch %d: %d tokens, %.4f tagged wrong while training", epoch, tokens, wrong / (double) Math.max(1, tokens)));
            }
        }
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = (float) (w[i] - u[i] / step);
        }
        float[] tavg = new float[tw.length];
        for (int i = 0; i < tw.length; i++) {
            tavg[i] = (float) (tw[i] - tu[i] / step);
        }
        return new NameTagger(bits, clusters, hints, document, avg, tavg, true, null);
    }
}

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

    /** A training sentence: its tokens and gold tag per token. */
    public record Sentence(List<Token> tokens, int[] tags) {}

    private TaggerTrainer() {}

    public static NameTagger train(List<Sentence> sentences, int bits, int epochs, long seed, Consumer<String> log) {
        int rows = 1 << bits;
        float[] w = new float[rows * Tags.COUNT];
        double[] u = new double[rows * Tags.COUNT]; // the sums of step × update: doubles, or the average loses its digits
        float[] tw = new float[(Tags.COUNT + 1) * Tags.COUNT];
        double[] tu = new double[tw.length];
        NameTagger current = new NameTagger(bits, w, tw, false); // weights change: no presence bitmap
        NameTagger.Workspace ws = current.workspace();
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
                current.tag(s.tokens(), 0, n, ws, predicted);
                int[] gold = s.tags();
                tokens += n;
                for (int i = 0; i < n; i++) {
                    int g = gold[i];
                    int p = predicted[i];
                    int gp = i == 0 ? -1 : gold[i - 1];
                    int pp = i == 0 ? -1 : predicted[i - 1];
                    if (g != p) {
                        wrong++;
                        int o = i * TaggerFeatures.PER_TOKEN;
                        for (int f = 0; f < TaggerFeatures.PER_TOKEN; f++) {
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
        return new NameTagger(bits, avg, tavg);
    }
}

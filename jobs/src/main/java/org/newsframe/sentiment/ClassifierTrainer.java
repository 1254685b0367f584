package org.newsframe.sentiment;

import java.util.List;
import java.util.Random;

/**
 * Trains the {@link SentimentClassifier}: multinomial logistic regression by stochastic gradient descent
 * with AdaGrad step sizes and an L2 penalty on the weights each example touches, a fixed number of epochs
 * over a seeded shuffle (deterministic for a seed). The small learning rate and few epochs are the
 * regularisation that counts (docs/sentiment.md: chosen by cross-validation on NewsMTSC's train split).
 */
public final class ClassifierTrainer {

    /** One labelled target: its features and class index (0 negative, 1 neutral, 2 positive). */
    public record Example(TargetFeatures.Vector x, int label) {}

    /** Learning rate (AdaGrad's base step), epochs, L2 weight, shuffle seed. */
    public record Params(double rate, int epochs, double l2, long seed) {
        public static final Params DEFAULT = new Params(0.005, 10, 1e-5, 7);

        @Override
        public String toString() {
            return "rate " + rate + ", epochs " + epochs + ", l2 " + l2 + ", seed " + seed;
        }
    }

    private ClassifierTrainer() {}

    /** Fisher–Yates, in place (one training order per epoch). */
    public static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    public static SentimentClassifier train(List<Example> data, int bits, Params p, List<String> header) {
        int classes = SentimentClassifier.CLASSES;
        float[] w = new float[(1 << bits) * classes];
        float[] squares = new float[w.length];
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random random = new Random(p.seed());
        double[] z = new double[classes];
        for (int epoch = 0; epoch < p.epochs(); epoch++) {
            shuffle(order, random);
            for (int o : order) {
                Example e = data.get(o);
                int[] idx = e.x().indices();
                float[] val = e.x().values();
                int n = e.x().size();
                java.util.Arrays.fill(z, 0);
                for (int k = 0; k < n; k++) {
                    for (int c = 0; c < classes; c++) {
                        z[c] += w[idx[k] * classes + c] * val[k];
                    }
                }
                double[] prob = SentimentClassifier.softmax(z);
                for (int c = 0; c < classes; c++) {
                    double gc = prob[c] - (e.label() == c ? 1 : 0);
                    for (int k = 0; k < n; k++) {
                        int s = idx[k] * classes + c;
                        double g = gc * val[k] + p.l2() * w[s];
                        squares[s] += (float) (g * g);
                        w[s] -= (float) (p.rate() * g / (Math.sqrt(squares[s]) + 1e-8));
                    }
                }
            }
        }
        return new SentimentClassifier(bits, w, header);
    }
}

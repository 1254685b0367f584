package org.newsframe.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.newsframe.sentiment.ClassifierTrainer;

/**
 * A small multilayer perceptron for the model comparison of {@code train-sentiment --compare}: the hashed
 * slots (folded to {@code 2^bits}) index an embedding bag of {@code hidden} units, tanh, then softmax over the
 * three classes; plain SGD with a step that decays per epoch. Not shipped: on NewsMTSC it does no better than
 * the logistic regression (docs/evaluation.md).
 */
final class HiddenLayerClassifier {

    private final int bits;
    private final int hidden;
    private final float[] embedding;
    private final float[] hiddenBias;
    private final float[] out;
    private final float[] outBias = new float[3];

    HiddenLayerClassifier(int bits, int hidden, long seed) {
        this.bits = bits;
        this.hidden = hidden;
        embedding = new float[(1 << bits) * hidden];
        hiddenBias = new float[hidden];
        out = new float[hidden * 3];
        Random r = new Random(seed);
        for (int i = 0; i < embedding.length; i++) {
            embedding[i] = (float) (r.nextGaussian() * 0.01);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (r.nextGaussian() * Math.sqrt(1.0 / hidden));
        }
    }

    private int slot(int s) {
        return s & ((1 << bits) - 1);
    }

    private void forward(ClassifierTrainer.Example e, double[] h, double[] p) {
        for (int j = 0; j < hidden; j++) {
            h[j] = hiddenBias[j];
        }
        int[] idx = e.x().indices();
        float[] val = e.x().values();
        for (int k = 0; k < e.x().size(); k++) {
            int base = slot(idx[k]) * hidden;
            for (int j = 0; j < hidden; j++) {
                h[j] += embedding[base + j] * val[k];
            }
        }
        for (int j = 0; j < hidden; j++) {
            h[j] = Math.tanh(h[j]);
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < 3; c++) {
            double z = outBias[c];
            for (int j = 0; j < hidden; j++) {
                z += out[j * 3 + c] * h[j];
            }
            p[c] = z;
            max = Math.max(max, z);
        }
        double total = 0;
        for (int c = 0; c < 3; c++) {
            p[c] = Math.exp(p[c] - max);
            total += p[c];
        }
        for (int c = 0; c < 3; c++) {
            p[c] /= total;
        }
    }

    void train(List<ClassifierTrainer.Example> data, int epochs, double rate, long seed) {
        int[] order = new int[data.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Random rnd = new Random(seed);
        double[] h = new double[hidden];
        double[] p = new double[3];
        double[] dh = new double[hidden];
        for (int epoch = 0; epoch < epochs; epoch++) {
            double step = rate / (1 + epoch);
            ClassifierTrainer.shuffle(order, rnd);
            for (int o : order) {
                ClassifierTrainer.Example e = data.get(o);
                forward(e, h, p);
                Arrays.fill(dh, 0);
                for (int c = 0; c < 3; c++) {
                    double g = p[c] - (e.label() == c ? 1 : 0);
                    for (int j = 0; j < hidden; j++) {
                        dh[j] += g * out[j * 3 + c];
                        out[j * 3 + c] -= (float) (step * g * h[j]);
                    }
                    outBias[c] -= (float) (step * g);
                }
                for (int j = 0; j < hidden; j++) {
                    dh[j] *= 1 - h[j] * h[j];
                    hiddenBias[j] -= (float) (step * dh[j]);
                }
                int[] idx = e.x().indices();
                float[] val = e.x().values();
                for (int k = 0; k < e.x().size(); k++) {
                    int base = slot(idx[k]) * hidden;
                    for (int j = 0; j < hidden; j++) {
                        embedding[base + j] -= (float) (step * dh[j] * val[k]);
                    }
                }
            }
        }
    }

    int predict(ClassifierTrainer.Example e) {
        double[] p = new double[3];
        forward(e, new double[hidden], p);
        return p[0] >= p[1] && p[0] >= p[2] ? 0 : p[1] >= p[2] ? 1 : 2;
    }
}

package org.newsframe.eval;

import java.util.List;
import java.util.Locale;
import org.newsframe.sentiment.TargetSentiment;

/** Accuracy and macro-F1 over negative / neutral / positive. */
public final class SentimentEvaluation {

    public static final List<String> LABELS = TargetSentiment.LABELS;

    private final long[][] confusion = new long[3][3];

    public void add(String gold, String predicted) {
        confusion[LABELS.indexOf(gold)][LABELS.indexOf(predicted)]++;
    }

    /** By class index (0 negative, 1 neutral, 2 positive). */
    public void add(int gold, int predicted) {
        confusion[gold][predicted]++;
    }

    public long total() {
        long n = 0;
        for (long[] row : confusion) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }

    public double accuracy() {
        long ok = 0;
        for (int i = 0; i < 3; i++) {
            ok += confusion[i][i];
        }
        return total() == 0 ? 0 : (double) ok / total();
    }

    public double f1(int label) {
        long tp = confusion[label][label];
        long fp = 0;
        long fn = 0;
        for (int i = 0; i < 3; i++) {
            if (i != label) {
                fp += confusion[i][label];
                fn += confusion[label][i];
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double f1Macro() {
        return (f1(0) + f1(1) + f1(2)) / 3;
    }

    public String report(String title) {
        StringBuilder sb = new StringBuilder(title).append('\n');
        sb.append(String.format(Locale.ROOT, "n = %d, accuracy %.3f, F1-macro %.3f (F1 neg %.3f, neu %.3f, pos %.3f)%n",
                total(), accuracy(), f1Macro(), f1(0), f1(1), f1(2)));
        sb.append("confusion (rows gold neg/neu/pos, columns predicted):\n");
        for (long[] row : confusion) {
            sb.append(String.format(Locale.ROOT, "  %6d %6d %6d%n", row[0], row[1], row[2]));
        }
        return sb.toString();
    }
}

package org.newsframe.trends;

import java.util.Arrays;
import java.util.List;

/**
 * Spikes in a zero-filled series: a value against the trailing window of the periods before it, as a robust
 * z-score (x − median) / scale with scale = 1.4826 · MAD (the median absolute deviation, a standard deviation
 * for normal data, unmoved by earlier spikes), and at least √(median + 1) — a count's Poisson spread — so a
 * flat or mostly-zero history does not make a jump from 0 to 1 infinitely surprising. The window leaves the
 * value itself out (a spike does not hide in its own window). A pure function; the trends stage calls it
 * once per row with the window Spark collected.
 */
public final class Spikes {

    /** Earlier periods needed before a score is given. */
    public static final int MIN_HISTORY = 4;

    private Spikes() {}

    /** The score of {@code value} against {@code history} (the earlier periods); null with too little history. */
    public static Double score(long value, List<Long> history) {
        int n = history.size();
        if (n < MIN_HISTORY) {
            return null;
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = history.get(i);
        }
        double median = median(w);
        double[] dev = new double[n];
        for (int i = 0; i < n; i++) {
            dev[i] = Math.abs(w[i] - median);
        }
        double scale = Math.max(1.4826 * median(dev), Math.sqrt(median + 1));
        return (value - median) / scale;
    }

    static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}

package org.newsframe.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The actor_sentiment interval is honest: it covers the true mean about 95% of the time and widens for few units. */
class IntervalsTest {

    /** Mention scores from a known distribution: a clipped normal around mu (clipping moves the mean; it is computed). */
    private static double draw(SplittableRandom r, double mu, double sd) {
        double x = mu + sd * gaussian(r);
        return Math.max(-1, Math.min(1, x));
    }

    private static double gaussian(SplittableRandom r) {
        double u = 1 - r.nextDouble();
        double v = r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double trueMean(double mu, double sd) {
        SplittableRandom r = new SplittableRandom(7);
        double sum = 0;
        int n = 2_000_000;
        for (int i = 0; i < n; i++) {
            sum += draw(r, mu, sd);
        }
        return sum / n;
    }

    private static double[] interval(double[] xs) {
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= xs.length;
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        return Intervals.t95(mean, Math.sqrt(ss / (xs.length - 1)), xs.length);
    }

    @Test
    void coversTheTrueMeanAboutNinetyFivePercentOfTheTime() {
        double mu = -0.3;
        double sd = 0.4;
        double truth = trueMean(mu, sd);
        SplittableRandom r = new SplittableRandom(42);
        for (int n : new int[] {3, 10, 40}) {
            int covered = 0;
            int trials = 4000;
            for (int t = 0; t < trials; t++) {
                double[] xs = new double[n];
                for (int i = 0; i < n; i++) {
                    xs[i] = draw(r, mu, sd);
                }
                double[] ci = interval(xs);
                if (ci[0] <= truth && truth <= ci[1]) {
                    covered++;
                }
            }
            double coverage = (double) covered / trials;
            assertTrue(coverage > 0.93 && coverage < 0.97, "n=" + n + " coverage " + coverage);
        }
    }

    @Test
    void widensForFewUnitsAndIsTheFullRangeForOne() {
        SplittableRandom r = new SplittableRandom(1);
        double[] few = new double[3];
        double[] many = new double[300];
        for (int i = 0; i < few.length; i++) {
            few[i] = draw(r, 0.2, 0.3);
        }
        for (int i = 0; i < many.length; i++) {
            many[i] = draw(r, 0.2, 0.3);
        }
        double[] a = interval(few);
        double[] b = interval(many);
        assertTrue(a[1] - a[0] > 4 * (b[1] - b[0]), "3 units: " + (a[1] - a[0]) + ", 300 units: " + (b[1] - b[0]));
        assertArrayEquals(new double[] {-1, 1}, Intervals.t95(0.5, Double.NaN, 1), 0);
    }
}

package org.newsframe.sentiment;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * 95% confidence intervals for a mean sentiment: Student's t over the units (articles, or mentions when
 * there is one article), clamped to the score range [−1, 1]. With one unit nothing is known about the
 * spread, so the interval is the whole range.
 */
public final class Intervals {

    private Intervals() {}

    /** [low, high] for the mean of n units with the given mean and sample standard deviation. */
    public static double[] t95(double mean, double sd, long n) {
        if (n < 2 || Double.isNaN(sd)) {
            return new double[] {-1.0, 1.0};
        }
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        double half = t * sd / Math.sqrt(n);
        return new double[] {Math.max(-1.0, mean - half), Math.min(1.0, mean + half)};
    }
}

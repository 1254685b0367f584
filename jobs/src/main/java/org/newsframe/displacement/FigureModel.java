package org.newsframe.displacement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figure model: a logistic regression over {@link CandidateFeatures}' named features that says whether a
 * count of people or households the rules did not keep is a displacement figure after all. Immutable; read
 * from a TSV of {@code feature <TAB> weight} lines with {@code @bias} and {@code @threshold}, written by
 * {@code bin/newsframe train-figures}. The one shipped ({@link #BUILTIN}) is used when
 * {@code displacement.model = builtin}; the default is the rules alone (docs/displacement.md: how it was
 * trained, on what, and why it is off by default).
 */
public final class FigureModel implements Serializable {

    /** The classpath resource of the shipped model. */
    public static final String BUILTIN = "displacement/figure-model.tsv";

    private final Map<String, Double> weights;
    private final double bias;
    private final double threshold;
    private final List<String> header;

    public FigureModel(Map<String, Double> weights, double bias, double threshold, List<String> header) {
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.threshold = threshold;
        this.header = List.copyOf(header);
    }

    private static volatile FigureModel builtin;

    /** The model shipped in the jar, read once per JVM. */
    public static FigureModel builtin() {
        FigureModel m = builtin;
        if (m == null) {
            m = readBuiltin();
            builtin = m;
        }
        return m;
    }

    private static FigureModel readBuiltin() {
        try (InputStream in = FigureModel.class.getClassLoader().getResourceAsStream(BUILTIN)) {
            if (in == null) {
                throw new IllegalStateException("the figure model " + BUILTIN + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FigureModel read(InputStream in) throws IOException {
        Map<String, Double> w = new HashMap<>();
        List<String> header = new ArrayList<>();
        double bias = 0;
        double threshold = 0.5;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.startsWith("#")) {
                header.add(line);
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab < 0) {
                throw new IOException("figure model line " + n + ": expected feature <TAB> weight");
            }
            String name = line.substring(0, tab);
            double value;
            try {
                value = Double.parseDouble(line.substring(tab + 1));
            } catch (NumberFormatException e) {
                throw new IOException("figure model line " + n + ": the weight is not a number: " + line.substring(tab + 1));
            }
            switch (name) {
                case "@bias" -> bias = value;
                case "@threshold" -> threshold = value;
                default -> w.put(name, value);
            }
        }
        return new FigureModel(w, bias, threshold, header);
    }

    /** The probability that the candidate with these features is a displacement figure. */
    public double probability(List<String> features) {
        double z = bias;
        for (String f : features) {
            Double v = weights.get(f);
            if (v != null) {
                z += v;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    public boolean accepts(double probability) {
        return probability >= threshold;
    }

    public double threshold() {
        return threshold;
    }

    public FigureModel withThreshold(double t) {
        return new FigureModel(weights, bias, t, header);
    }

    /** The model as its TSV: header comments, bias, threshold, then the non-zero weights by name. */
    public String tsv() {
        StringBuilder sb = new StringBuilder();
        header.forEach(h -> sb.append(h).append('\n'));
        sb.append(String.format(Locale.ROOT, "@bias\t%.6f\n@threshold\t%.4f\n", bias, threshold));
        new TreeMap<>(weights).forEach((k, v) -> {
            if (Math.abs(v) >= 1e-4) {
                sb.append(k).append('\t').append(String.format(Locale.ROOT, "%.4f", v)).append('\n');
            }
        });
        return sb.toString();
    }

    /**
     * Trains the model: L2-regularised logistic regression by stochastic gradient descent, in an order
     * shuffled by {@code seed} (the same data and seed give the same model).
     */
    public static FigureModel train(List<List<String>> features, boolean[] labels, double l2, int epochs, long seed,
                                    double threshold, List<String> header) {
        Map<String, Integer> index = new HashMap<>();
        int[][] x = new int[features.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = features.get(i).stream().distinct().mapToInt(f -> index.computeIfAbsent(f, k -> index.size())).toArray();
        }
        double[] w = new double[index.size()];
        double b = 0;
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Random random = new java.util.Random(seed);
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = order.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            double rate = 0.2 / (1 + 0.05 * epoch);
            for (int i : order) {
                double z = b;
                for (int f : x[i]) {
                    z += w[f];
                }
                double g = 1 / (1 + Math.exp(-z)) - (labels[i] ? 1 : 0);
                for (int f : x[i]) {
                    w[f] -= rate * (g + l2 * w[f]);
                }
                b -= rate * g;
            }
        }
        Map<String, Double> out = new HashMap<>();
        index.forEach((k, i) -> out.put(k, w[i]));
        return new FigureModel(out, b, threshold, header);
    }
}

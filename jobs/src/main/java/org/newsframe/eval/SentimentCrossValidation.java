package org.newsframe.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.classification.LinearSVC;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.OneVsRest;
import org.apache.spark.ml.classification.OneVsRestModel;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsframe.sentiment.ClassifierTrainer;
import org.newsframe.sentiment.SentimentClassifier;
import org.newsframe.sentiment.TargetFeatures;

/**
 * Cross-validation of targeted-sentiment model families on the same folds ({@code train-sentiment}): folds
 * keep a document's sentences together (NewsMTSC's multi-target sentences and an article's sentences never
 * straddle train and test); predictions of all folds are pooled into one confusion matrix.
 */
public final class SentimentCrossValidation {

    /** A family: trained on one part, predicts class indices for the other. */
    public interface Family {
        String name();

        int[] fitPredict(List<ClassifierTrainer.Example> train, List<ClassifierTrainer.Example> test);
    }

    private SentimentCrossValidation() {}

    /** The fold of each example: its document's hash, seeded, modulo {@code k}. */
    public static int[] folds(List<String> documents, int k, long seed) {
        int[] fold = new int[documents.size()];
        for (int i = 0; i < fold.length; i++) {
            long h = documents.get(i).hashCode() * 0x9E3779B97F4A7C15L + seed;
            fold[i] = (int) Math.floorMod(h ^ (h >>> 29), (long) k);
        }
        return fold;
    }

    public static SentimentEvaluation run(List<ClassifierTrainer.Example> data, int[] fold, int k, Family family) {
        SentimentEvaluation e = new SentimentEvaluation();
        for (int f = 0; f < k; f++) {
            List<ClassifierTrainer.Example> train = new ArrayList<>();
            List<ClassifierTrainer.Example> test = new ArrayList<>();
            for (int i = 0; i < data.size(); i++) {
                (fold[i] == f ? test : train).add(data.get(i));
            }
            int[] predicted = family.fitPredict(train, test);
            for (int i = 0; i < test.size(); i++) {
                e.add(test.get(i).label(), predicted[i]);
            }
        }
        return e;
    }

    /** The rules' own labels (no training): {@code ruleLabel[i]} for example i, looked up by identity. */
    public static Family rules(List<ClassifierTrainer.Example> data, int[] ruleLabel) {
        java.util.IdentityHashMap<ClassifierTrainer.Example, Integer> labels = new java.util.IdentityHashMap<>();
        for (int i = 0; i < data.size(); i++) {
            labels.put(data.get(i), ruleLabel[i]);
        }
        return family("rules (TargetedScorer)", (train, test) -> test.stream().mapToInt(labels::get).toArray());
    }

    /** newsframe's classifier: plain-Java logistic regression, AdaGrad. */
    public static Family logistic(int bits, ClassifierTrainer.Params p) {
        return family("plain-Java logistic regression, AdaGrad (" + p + ")", (train, test) -> {
            SentimentClassifier m = ClassifierTrainer.train(train, bits, p, List.of());
            return test.stream().mapToInt(e -> m.predict(e.x())).toArray();
        });
    }

    /** A one-hidden-layer perceptron over the same slots, folded to 2^18. */
    public static Family hiddenLayer(int hidden, int epochs, double rate, long seed) {
        return family("plain-Java MLP, " + hidden + " tanh units over 2^18 slots, SGD " + epochs + " epochs", (train, test) -> {
            HiddenLayerClassifier m = new HiddenLayerClassifier(18, hidden, seed);
            m.train(train, epochs, rate, seed);
            return test.stream().mapToInt(m::predict).toArray();
        });
    }

    /** Spark MLlib multinomial logistic regression (L-BFGS) on the same hashed vectors. */
    public static Family mllibLogistic(SparkSession spark, int bits, double reg) {
        return family("Spark MLlib LogisticRegression, multinomial, L-BFGS, L2 " + reg, (train, test) -> {
            LogisticRegression lr = new LogisticRegression().setFamily("multinomial").setRegParam(reg)
                    .setElasticNetParam(0).setMaxIter(100);
            LogisticRegressionModel m = lr.fit(frame(spark, train, bits));
            return test.stream().mapToInt(e -> (int) m.predict(vector(e.x(), bits))).toArray();
        });
    }

    /** Spark MLlib linear SVM, one-vs-rest. */
    public static Family mllibSvm(SparkSession spark, int bits, double reg) {
        return family("Spark MLlib LinearSVC, one-vs-rest, L2 " + reg, (train, test) -> {
            OneVsRestModel m = new OneVsRest().setClassifier(new LinearSVC().setRegParam(reg).setMaxIter(100))
                    .fit(frame(spark, train, bits));
            List<Row> rows = m.transform(frame(spark, test, bits)).select("prediction").collectAsList();
            return rows.stream().mapToInt(r -> (int) r.getDouble(0)).toArray();
        });
    }

    private interface Fit {
        int[] apply(List<ClassifierTrainer.Example> train, List<ClassifierTrainer.Example> test);
    }

    private static Family family(String name, Fit fit) {
        return new Family() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int[] fitPredict(List<ClassifierTrainer.Example> train, List<ClassifierTrainer.Example> test) {
                return fit.apply(train, test);
            }
        };
    }

    private static final StructType FRAME = new StructType().add("label", DataTypes.DoubleType, false)
            .add("features", new VectorUDT(), false);

    private static Dataset<Row> frame(SparkSession spark, List<ClassifierTrainer.Example> data, int bits) {
        List<Row> rows = new ArrayList<>(data.size());
        for (ClassifierTrainer.Example e : data) {
            rows.add(RowFactory.create((double) e.label(), vector(e.x(), bits)));
        }
        return spark.createDataFrame(rows, FRAME).coalesce(1);
    }

    /** A sparse vector of the slots, colliding slots summed (MLlib wants sorted, distinct indices). */
    static Vector vector(TargetFeatures.Vector x, int bits) {
        int n = x.size();
        long[] packed = new long[n];
        for (int k = 0; k < n; k++) {
            packed[k] = ((long) x.indices()[k] << 32) | (k & 0xffffffffL);
        }
        Arrays.sort(packed);
        int[] idx = new int[n];
        double[] val = new double[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            int slot = (int) (packed[k] >>> 32);
            double v = x.values()[(int) packed[k]];
            if (m > 0 && idx[m - 1] == slot) {
                val[m - 1] += v;
            } else {
                idx[m] = slot;
                val[m] = v;
                m++;
            }
        }
        return Vectors.sparse(1 << bits, Arrays.copyOf(idx, m), Arrays.copyOf(val, m));
    }
}

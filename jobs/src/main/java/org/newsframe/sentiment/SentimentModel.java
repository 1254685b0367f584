package org.newsframe.sentiment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The trained targeted-sentiment model: Spark MLlib logistic regression (multinomial, class-balanced) over
 * the rule scorer's evidence — hashed side-marked context words and lexicon hits ({@link
 * TargetSentiment#terms()}) plus its numeric cues (rule score, object/subject valence, speaker, negation,
 * quotes, sentence valence). Trained by {@code bin/newsframe train-sentiment} on NewsMTSC's train split,
 * saved as a Spark ML {@link PipelineModel}, loaded by the annotate stage when {@code sentiment.model} is set.
 */
public final class SentimentModel {

    /** Input columns the model reads: terms array<string>, cues array<double>. */
    public static final StructType FEATURES = new StructType()
            .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("cues", DataTypes.createArrayType(DataTypes.DoubleType, false), false);

    private SentimentModel() {}

    public static Row featureRow(TargetSentiment t, Object... leading) {
        Object[] values = new Object[leading.length + 2];
        System.arraycopy(leading, 0, values, 0, leading.length);
        values[leading.length] = scala.collection.JavaConverters.asScalaBuffer(t.terms()).toSeq();
        List<Double> cues = new ArrayList<>();
        for (double c : t.cues()) {
            cues.add(c);
        }
        values[leading.length + 1] = scala.collection.JavaConverters.asScalaBuffer(cues).toSeq();
        return RowFactory.create(values);
    }

    /** Label index used in training: 0 negative, 1 neutral, 2 positive. */
    public static double labelIndex(String label) {
        return TargetSentiment.LABELS.indexOf(label);
    }

    /** Training (or scoring) rows: label, a class-balancing weight (n / (3 · n_class)), terms and cues. */
    public static Dataset<Row> trainingRows(SparkSession spark, List<TargetSentiment> scored, List<String> gold) {
        long[] perClass = new long[3];
        for (String g : gold) {
            perClass[(int) labelIndex(g)]++;
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            int c = (int) labelIndex(gold.get(i));
            double weight = gold.size() / (3.0 * Math.max(1, perClass[c]));
            rows.add(featureRow(scored.get(i), (double) c, weight));
        }
        StructType schema = new StructType().add("label", DataTypes.DoubleType, false)
                .add("weight", DataTypes.DoubleType, false);
        for (var f : FEATURES.fields()) {
            schema = schema.add(f);
        }
        return spark.createDataFrame(rows, schema);
    }

    /** Trains on rows with terms, cues, label (double) and weight (double). */
    public static PipelineModel train(Dataset<Row> data, double regParam) {
        Dataset<Row> prepared = data.withColumn("cue_vec", functions.array_to_vector(col("cues")));
        HashingTF tf = new HashingTF().setInputCol("terms").setOutputCol("tf").setNumFeatures(1 << 16)
                .setBinary(true);
        VectorAssembler assemble = new VectorAssembler().setInputCols(new String[] {"tf", "cue_vec"})
                .setOutputCol("features");
        LogisticRegression lr = new LogisticRegression().setFamily("multinomial").setMaxIter(200)
                .setRegParam(regParam).setElasticNetParam(0.0).setWeightCol("weight").setLabelCol("label")
                .setFeaturesCol("features");
        return new Pipeline().setStages(new PipelineStage[] {tf, assemble, lr}).fit(prepared);
    }

    public static PipelineModel load(String path) {
        return PipelineModel.load(path);
    }

    public static void save(PipelineModel model, String path) {
        try {
            model.write().overwrite().save(path);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Adds model columns to rows that carry terms and cues: {@code model_label}, {@code model_score} =
     * P(positive) − P(negative) and {@code model_confidence} = the winning class's probability.
     */
    public static Dataset<Row> apply(PipelineModel model, Dataset<Row> rows) {
        Dataset<Row> out = model.transform(rows.withColumn("cue_vec", functions.array_to_vector(col("cues"))));
        Column p = functions.vector_to_array(col("probability"), "float64");
        Column label = when(col("prediction").equalTo(0.0), lit(TargetSentiment.NEGATIVE))
                .when(col("prediction").equalTo(2.0), lit(TargetSentiment.POSITIVE))
                .otherwise(lit(TargetSentiment.NEUTRAL));
        return out.withColumn("model_label", label)
                .withColumn("model_score", element_at(p, 3).minus(element_at(p, 1)))
                .withColumn("model_confidence", org.apache.spark.sql.functions.array_max(p))
                .drop("cue_vec", "tf", "features", "rawPrediction", "probability", "prediction");
    }


}

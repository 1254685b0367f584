package org.newsframe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.eval.NewsMtsc;
import org.newsframe.sentiment.SentenceTargets;
import org.newsframe.sentiment.SentimentModel;
import org.newsframe.sentiment.TargetInput;
import org.newsframe.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsframe train-sentiment}: train the targeted-sentiment model (Spark MLlib) from NewsMTSC. */
@Command(name = "train-sentiment", mixinStandardHelpOptions = true,
        description = {"Train the targeted-sentiment model: Spark MLlib logistic regression over the rule scorer's",
                "evidence, on a NewsMTSC-format file (train.jsonl; never the devtest split you evaluate on).",
                "Saves a Spark ML PipelineModel; set sentiment.model to it to use it in runs."})
final class TrainSentimentCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--newsmtsc", required = true, paramLabel = "FILE", description = "Training data (train.jsonl).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to save the model.")
    String out;

    @Option(names = "--reg", paramLabel = "L2",
            description = "L2 regularisation of the logistic regression. Default: chosen from 0.03, 0.1, 0.3, 1, 3, 10 by F1-macro on a held-out 20%% of the training file, then the model is refit on all of it.")
    Double reg;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed of the held-out split.")
    long seed;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() throws Exception {
        SessionOptions.requireFile(data);
        NewsframeConfig config = session.load(List.of());
        SparkSession spark = Sessions.create(config, session.master);
        SentenceTargets scorer = org.newsframe.annotate.Extractors.load(config).sentenceTargets();
        long t0 = System.nanoTime();
        List<TargetInput> inputs = NewsMtsc.read(data);
        List<String> gold = NewsMtsc.gold(inputs);
        Dataset<Row> train = SentimentModel.trainingRows(spark, NewsMtsc.score(inputs, scorer), gold);
        double chosen = reg != null ? reg : chooseRegularisation(train, seed);
        PipelineModel model = SentimentModel.train(train, chosen);
        spec.commandLine().getOut().printf("regularisation %.3f%n", chosen);
        SentimentModel.save(model, out);
        spec.commandLine().getOut().printf("trained on %,d targets in %.1f s, saved to %s%nuse it: --set sentiment.model=%s%n",
                gold.size(), (System.nanoTime() - t0) / 1e9, out, out);
        return ExitCodes.OK;
    }

    /** Picks the L2 weight with the best F1-macro on a held-out 20% of the training data. */
    private double chooseRegularisation(Dataset<Row> train, long seed) {
        Dataset<Row>[] split = train.randomSplit(new double[] {0.8, 0.2}, seed);
        double best = 0.1;
        double bestF1 = -1;
        for (double r : new double[] {0.03, 0.1, 0.3, 1.0, 3.0, 10.0}) {
            PipelineModel m = SentimentModel.train(split[0], r);
            org.newsframe.eval.SentimentEvaluation e = new org.newsframe.eval.SentimentEvaluation();
            for (Row row : SentimentModel.apply(m, split[1]).select("label", "model_label").collectAsList()) {
                e.add(org.newsframe.eval.SentimentEvaluation.LABELS.get((int) row.getDouble(0)), row.getString(1));
            }
            spec.commandLine().getOut().printf("  reg %.2f: held-out F1-macro %.3f%n", r, e.f1Macro());
            spec.commandLine().getOut().flush();
            if (e.f1Macro() > bestF1) {
                bestF1 = e.f1Macro();
                best = r;
            }
        }
        return best;
    }
}

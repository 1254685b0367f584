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
import org.newsframe.eval.RegularisationSearch;
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
        java.io.PrintWriter printer = spec.commandLine().getOut();
        double chosen = reg != null ? reg : RegularisationSearch.choose(train, seed, line -> {
            printer.println(line);
            printer.flush();
        });
        PipelineModel model = SentimentModel.train(train, chosen);
        spec.commandLine().getOut().printf("regularisation %.3f%n", chosen);
        SentimentModel.save(model, out);
        spec.commandLine().getOut().printf("trained on %,d targets in %.1f s, saved to %s%nuse it: --set sentiment.model=%s%n",
                gold.size(), (System.nanoTime() - t0) / 1e9, out, out);
        return ExitCodes.OK;
    }
}

package org.newsframe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.ingest.InputException;
import org.newsframe.spark.Sessions;
import org.newsframe.sparknlp.NerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsframe train-ner}: train a Spark NLP NER pipeline offline from CoNLL-2003 data. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Train a Spark NLP NER pipeline (POS tagger, Word2Vec embeddings and NerCrf, all trained here)",
                "from a CoNLL-2003 file and save it as a PipelineModel; point ner.model at it to add its chunks to",
                "the mentions. NerDL needs TensorFlow, which this build does not include."})
final class TrainNerCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "Training data, CoNLL-2003 format.")
    String conll;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to save the PipelineModel.")
    String out;

    @Option(names = "--epochs", defaultValue = "10", paramLabel = "N", description = "NerCrf epochs (default 10).")
    int epochs;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed (default 42).")
    long seed;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() {
        if (!conll.contains("://") && !Files.isRegularFile(Path.of(conll))) {
            throw new InputException("no such file: " + conll);
        }
        NewsframeConfig config = session.load(List.of());
        SparkSession spark = Sessions.create(config, session.master);
        long t0 = System.nanoTime();
        PipelineModel model = NerTrainer.train(spark, conll, epochs, seed);
        NerTrainer.save(model, out);
        spec.commandLine().getOut().printf("trained in %.1f s, saved to %s%nuse it: --set ner.model=%s%n",
                (System.nanoTime() - t0) / 1e9, out, out);
        return ExitCodes.OK;
    }
}

package org.newsframe.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.eval.NewsMtsc;
import org.newsframe.eval.SentimentCrossValidation;
import org.newsframe.eval.SentimentEvaluation;
import org.newsframe.sentiment.ClassifierTrainer;
import org.newsframe.sentiment.SentenceTargets;
import org.newsframe.sentiment.SentimentClassifier;
import org.newsframe.sentiment.SentimentScorer;
import org.newsframe.sentiment.TargetFeatures;
import org.newsframe.sentiment.TargetInput;
import org.newsframe.sentiment.TargetSentiment;
import org.newsframe.sentiment.WordVectors;
import org.newsframe.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsframe train-sentiment}: train the targeted-sentiment classifier from NewsMTSC's train split.
 * Reads top to bottom: targets → features (the rule scorer's evidence and the target's context) → the
 * learning rate and epochs chosen by cross-validation over documents → optionally the model families
 * compared on the same folds → the final model on all targets → the file.
 */
@Command(name = "train-sentiment", mixinStandardHelpOptions = true,
        description = {"Train the targeted-sentiment classifier (plain-Java logistic regression over hashed target",
                "features) on a NewsMTSC-format file (train.jsonl; never the devtest split you evaluate on).",
                "Writes a model file; set sentiment.model to it to use it in runs (the shipped one is 'builtin')."})
final class TrainSentimentCommand implements Callable<Integer> {

    private static final double[] RATES = {0.002, 0.005, 0.01, 0.02};
    private static final int[] EPOCHS = {5, 10};

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--newsmtsc", required = true, paramLabel = "FILE", description = "Training data (train.jsonl).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (.bin.gz).")
    Path out;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Cross-validation folds over documents (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S", description = "Seed of the folds and the training order (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rate", paramLabel = "R", description = "AdaGrad learning rate. Default: chosen with --epochs by cross-validated F1-macro from 0.002, 0.005, 0.01, 0.02 x 5, 10 epochs.")
    Double rate;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs (default: chosen with --rate).")
    Integer epochs;

    @Option(names = "--vectors", defaultValue = "builtin", paramLabel = "builtin|none|FILE",
            description = "Word vectors pooled into the features: the built-in table (default), none, or a table train-vectors wrote (then make it the built-in resource to use the model).")
    String vectors;

    @Option(names = "--compare", description = "Also cross-validate the other model families on the same folds: the rules, a plain-Java MLP, Spark MLlib logistic regression and linear SVM.")
    boolean compare;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() throws Exception {
        SessionOptions.requireFile(data);
        NewsframeConfig config = session.load(List.of("sentiment.model=rules"));
        PrintWriter printer = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        SentenceTargets targets = org.newsframe.annotate.Extractors.load(config).sentenceTargets();
        WordVectors table = switch (vectors) {
            case "builtin" -> WordVectors.builtin();
            case "none" -> null;
            default -> {
                Path p = Path.of(vectors);
                SessionOptions.requireFile(p);
                try (java.io.InputStream in = Files.newInputStream(p)) {
                    yield WordVectors.read(in);
                }
            }
        };
        TargetFeatures features = TargetFeatures.builtin(SentimentScorer.BITS, table);

        List<TargetInput> inputs = NewsMtsc.read(data);
        List<ClassifierTrainer.Example> examples = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        List<Integer> ruleLabels = new ArrayList<>();
        for (TargetInput in : inputs) {
            List<SentenceTargets.Evidence> evidence = targets.evidence(in.text(), in.targets(), features);
            for (int i = 0; i < evidence.size(); i++) {
                examples.add(new ClassifierTrainer.Example(evidence.get(i).features(),
                        TargetSentiment.LABELS.indexOf(in.targets().get(i).gold())));
                documents.add(NewsMtsc.document(in.id()));
                ruleLabels.add(TargetSentiment.LABELS.indexOf(evidence.get(i).rules().label()));
            }
        }
        int[] fold = SentimentCrossValidation.folds(documents, folds, seed);
        printer.printf(Locale.ROOT, "%,d targets in %,d sentences, %,d documents; %d folds over documents%n",
                examples.size(), inputs.size(), documents.stream().distinct().count(), folds);

        ClassifierTrainer.Params chosen;
        SentimentEvaluation chosenCv = null;
        if (rate != null && epochs != null) {
            chosen = new ClassifierTrainer.Params(rate, epochs, ClassifierTrainer.Params.DEFAULT.l2(), seed);
        } else {
            chosen = null;
            for (double r : rate != null ? new double[] {rate} : RATES) {
                for (int e : epochs != null ? new int[] {epochs} : EPOCHS) {
                    ClassifierTrainer.Params p = new ClassifierTrainer.Params(r, e, ClassifierTrainer.Params.DEFAULT.l2(), seed);
                    SentimentEvaluation cv = SentimentCrossValidation.run(examples, fold, folds,
                            SentimentCrossValidation.logistic(SentimentScorer.BITS, p));
                    printer.printf(Locale.ROOT, "  rate %-6s epochs %-3d  cross-validated F1-macro %.3f, accuracy %.3f%n",
                            r, e, cv.f1Macro(), cv.accuracy());
                    printer.flush();
                    if (chosenCv == null || cv.f1Macro() > chosenCv.f1Macro() + 1e-9) {
                        chosen = p;
                        chosenCv = cv;
                    }
                }
            }
        }
        if (compare) {
            compare(config, examples, ruleLabels, fold, chosen, printer);
        }
        List<String> header = new ArrayList<>(List.of(
                "newsframe targeted-sentiment classifier: multinomial logistic regression over TargetFeatures (docs/sentiment.md)",
                "trained by: bin/newsframe train-sentiment --newsmtsc " + data.getFileName() + " --folds " + folds + " --seed " + seed
                        + (rate != null ? " --rate " + rate : "") + (epochs != null ? " --epochs " + epochs : "")
                        + (vectors.equals("builtin") ? "" : " --vectors " + (table == null ? "none" : Path.of(vectors).getFileName())),
                "data: NewsMTSC (fhamborg/NewsMTSC, MIT), " + examples.size() + " targets; " + chosen
                        + (chosenCv == null ? "" : String.format(Locale.ROOT, "; cross-validated F1-macro %.3f", chosenCv.f1Macro()))));
        if (table != null) {
            header.add(SentimentClassifier.VECTORS_LINE + table.fingerprint());
        }
        SentimentClassifier model = ClassifierTrainer.train(examples, SentimentScorer.BITS, chosen, header);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        printer.printf(Locale.ROOT, "chosen: %s%ntrained on %,d targets in %.1f s, written to %s (%,d bytes)%nuse it: --set sentiment.model=%s%n",
                chosen, examples.size(), (System.nanoTime() - t0) / 1e9, out, Files.size(out), out);
        printer.flush();
        return ExitCodes.OK;
    }

    private void compare(NewsframeConfig config, List<ClassifierTrainer.Example> examples, List<Integer> ruleLabels,
                         int[] fold, ClassifierTrainer.Params chosen, PrintWriter printer) {
        SparkSession spark = Sessions.create(config, session.master);
        int[] rules = ruleLabels.stream().mapToInt(Integer::intValue).toArray();
        List<SentimentCrossValidation.Family> families = List.of(
                SentimentCrossValidation.rules(examples, rules),
                SentimentCrossValidation.logistic(SentimentScorer.BITS, chosen),
                SentimentCrossValidation.hiddenLayer(32, 8, 0.02, seed),
                SentimentCrossValidation.mllibLogistic(spark, SentimentScorer.BITS, 0.1),
                SentimentCrossValidation.mllibSvm(spark, SentimentScorer.BITS, 0.01));
        printer.println("model families, the same folds (pooled out-of-fold predictions):");
        printer.println("| family | accuracy | F1-macro | F1 neg | F1 neu | F1 pos | seconds |");
        printer.println("|---|---|---|---|---|---|---|");
        for (SentimentCrossValidation.Family f : families) {
            long t = System.nanoTime();
            SentimentEvaluation e = SentimentCrossValidation.run(examples, fold, folds, f);
            printer.printf(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.0f |%n", f.name(), e.accuracy(), e.f1Macro(),
                    e.f1(0), e.f1(1), e.f1(2), (System.nanoTime() - t) / 1e9);
            printer.flush();
        }
    }
}

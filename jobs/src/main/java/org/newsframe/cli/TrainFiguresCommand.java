package org.newsframe.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsframe.annotate.ArticleAnnotator;
import org.newsframe.annotate.Extractors;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.displacement.FigureExtractor;
import org.newsframe.displacement.FigureModel;
import org.newsframe.displacement.Gazetteer;
import org.newsframe.displacement.HouseholdSizes;
import org.newsframe.eval.DisplacementEvaluation;
import org.newsframe.eval.FigureTraining;
import org.newsframe.eval.LabelledSentences;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsframe train-figures}: train the figure model from labelled sentences (and IDMC excerpts). */
@Command(name = "train-figures", mixinStandardHelpOptions = true,
        description = {"Train the figure model: logistic regression (plain Java) over the candidates the",
                "displacement rules leave — counts of people or households in sentences that speak of displacement —",
                "labelled by the project's sentence files and, optionally, IDMC excerpts. Regularisation and threshold",
                "by cross-validation over texts; deterministic for a seed. Writes a TSV; the shipped one is",
                "jobs/src/main/resources/" + FigureModel.BUILTIN + " (docs/displacement.md). Held-out files are refused."})
final class TrainFiguresCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--sentences", paramLabel = "FILE",
            description = "Labelled sentences (id TAB sentence TAB quantity|unit|term[|projected] ; …). Repeatable.")
    List<Path> sentences = new ArrayList<>();

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "A JSON Lines corpus (id, text) whose candidates --verdicts judges, or --list-candidates lists. Repeatable.")
    List<Path> corpora = new ArrayList<>();

    @Option(names = "--verdicts", paramLabel = "FILE",
            description = "Judged corpus candidates: corpus TAB article_id TAB begin TAB quantity TAB 1|0 (1: a displacement figure).")
    Path verdicts;

    @Option(names = "--list-candidates", paramLabel = "FILE",
            description = "Write the candidates of the --corpus files to judge (TSV with the sentence, the number marked) and stop.")
    Path listCandidates;

    @Option(names = "--idmc", paramLabel = "FILE", description = "IDMC labelled CSV (idmc_fully_labelled.csv): its English excerpts' labelled figures as positives.")
    Path idmc;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (TSV).")
    Path out;

    @Option(names = "--folds", defaultValue = "5", paramLabel = "K", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S", description = "Seed of the folds and the training order (default ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() throws Exception {
        java.io.PrintWriter printer = spec.commandLine().getOut();
        if (folds < 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2, got " + folds);
        }
        StringBuilder command = new StringBuilder("bin/newsframe train-figures");
        for (Path p : sentences) {
            SessionOptions.requireFile(p);
            if (p.getFileName().toString().startsWith("heldout")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        p + " is a held-out set: it is for scoring (eval displacement), never for training");
            }
            command.append(" --sentences ").append(p.getFileName());
        }
        NewsframeConfig config = session.load(List.of());
        ArticleAnnotator annotator = Extractors.load(config).annotator(config);
        FigureExtractor rules = new FigureExtractor(Gazetteer.get(), HouseholdSizes.of(config.displacement()), null);
        long t0 = System.nanoTime();
        List<FigureTraining.Listed> listed = new ArrayList<>();
        for (Path c : corpora) {
            SessionOptions.requireFile(c);
            listed.addAll(FigureTraining.corpusCandidates(c, annotator, rules));
        }
        if (listCandidates != null) {
            StringBuilder sb = new StringBuilder("# corpus\tarticle_id\tbegin\tquantity\tunit\trule_outcome\tsentence (the number marked)\n");
            for (FigureTraining.Listed l : listed) {
                sb.append(l.key()).append('\t').append(l.candidate().quantity()).append('\t').append(l.candidate().unit())
                  .append('\t').append(l.candidate().outcome()).append('\t').append(l.sentence()).append('\n');
            }
            Files.writeString(listCandidates, sb.toString(), StandardCharsets.UTF_8);
            printer.printf("%d candidates written to %s%n", listed.size(), listCandidates);
            return ExitCodes.OK;
        }
        if (out == null || sentences.isEmpty() && verdicts == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "give --out and training data: --sentences, or --corpus with --verdicts (or --list-candidates to judge)");
        }
        List<FigureTraining.Example> examples = new ArrayList<>();
        if (verdicts != null) {
            SessionOptions.requireFile(verdicts);
            int[] used = new int[1];
            java.util.Map<String, long[]> judged = FigureTraining.readVerdicts(verdicts);
            List<FigureTraining.Example> e = FigureTraining.fromVerdicts(listed, judged, used);
            printer.printf("%s: %d of %d verdicts found their candidate in %d corpus candidates, %d figures%n", verdicts.getFileName(),
                    used[0], judged.size(), listed.size(), e.stream().filter(FigureTraining.Example::figure).count());
            examples.addAll(e);
            for (Path c : corpora) {
                command.append(" --corpus ").append(c.getFileName());
            }
            command.append(" --verdicts ").append(verdicts.getFileName());
        }
        for (Path p : sentences) {
            List<FigureTraining.Example> e = FigureTraining.fromSentences(p.getFileName().toString(), LabelledSentences.read(p), annotator, rules);
            printer.printf("%s: %d candidates, %d figures%n", p.getFileName(), e.size(), e.stream().filter(FigureTraining.Example::figure).count());
            examples.addAll(e);
        }
        if (idmc != null) {
            SessionOptions.requireFile(idmc);
            command.append(" --idmc ").append(idmc.getFileName());
            List<FigureTraining.Example> e = FigureTraining.fromIdmc(DisplacementEvaluation.read(idmc, new int[1]), annotator, rules);
            printer.printf("%s: %d positive candidates%n", idmc.getFileName(), e.size());
            examples.addAll(e);
        }
        command.append(" --folds ").append(folds).append(" --seed ").append(seed);
        List<String> header = List.of(
                "# newsframe figure model: logistic regression over the figure candidates' features (docs/displacement.md).",
                "# Trained by: " + command + " --out FILE");
        FigureModel model = FigureTraining.train(examples, folds, seed, header, line -> {
            printer.println(line);
            printer.flush();
        });
        Files.writeString(out, model.tsv(), StandardCharsets.UTF_8);
        printer.printf("trained in %.1f s, wrote %s%nuse it: --set displacement.model=%s%n", (System.nanoTime() - t0) / 1e9, out, out);
        return ExitCodes.OK;
    }
}

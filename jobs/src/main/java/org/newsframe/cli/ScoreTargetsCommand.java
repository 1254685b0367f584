package org.newsframe.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsframe.ingest.InputException;
import org.newsframe.sentiment.SentenceTargets;
import org.newsframe.sentiment.TargetInput;
import org.newsframe.sentiment.TargetSentiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsframe score-targets}: targeted sentiment for given spans, for evaluation on labelled sets. */
@Command(name = "score-targets", mixinStandardHelpOptions = true,
        description = {"Score the sentiment toward given targets in given sentences.",
                "Input: JSON Lines, one sentence per line: id, text, targets: [{from, to}] (character offsets, end",
                "exclusive); NewsMTSC's primary_gid / sentence_normalized are accepted too.",
                "Output: CSV id,target_index,from,to,label,score."})
final class ScoreTargetsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "JSON Lines input.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "FILE", description = "CSV output.")
    Path output;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() throws IOException {
        SessionOptions.requireFile(input);
        SentenceTargets scorer = org.newsframe.annotate.Extractors.load(session.load(List.of())).sentenceTargets();
        ObjectMapper json = new ObjectMapper();
        long lines = 0;
        long targets = 0;
        long t0 = System.nanoTime();
        try (BufferedReader r = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            w.write("id,target_index,from,to,label,score\n");
            String line;
            while ((line = r.readLine()) != null) {
                lines++;
                if (line.isBlank()) {
                    continue;
                }
                TargetInput in;
                try {
                    in = TargetInput.fromJson(json.readTree(line), lines);
                } catch (IOException | IllegalArgumentException e) {
                    throw new InputException(input + " line " + lines + ": " + Main.firstLine(e.getMessage()), e);
                }
                List<TargetSentiment> scores = scorer.score(in.text(), in.targets());
                for (int i = 0; i < scores.size(); i++) {
                    TargetInput.Target t = in.targets().get(i);
                    w.write(QueryCommand.csv(in.id()) + "," + i + "," + t.from() + "," + t.to() + ","
                            + scores.get(i).label() + "," + String.format(Locale.ROOT, "%.4f", scores.get(i).score()) + "\n");
                    targets++;
                }
            }
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        spec.commandLine().getErr().printf("newsframe: scored %,d targets in %,d sentences in %.2f s (%,.0f targets/s)%n",
                targets, lines, secs, targets / Math.max(secs, 1e-9));
        return ExitCodes.OK;
    }
}

package org.newsframe.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsframe.sentiment.SentenceTargets;
import org.newsframe.sentiment.TargetInput;
import org.newsframe.sentiment.TargetSentiment;

/** Reads NewsMTSC-style JSON Lines into sentences with targets and gold labels. */
public final class NewsMtsc {

    private NewsMtsc() {}

    public static List<TargetInput> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<TargetInput> out = new ArrayList<>();
        long n = 0;
        for (String line : Files.readAllLines(file)) {
            n++;
            if (!line.isBlank()) {
                out.add(TargetInput.fromJson(json.readTree(line), n));
            }
        }
        return out;
    }

    /** Scores every target: the rule output, with its evidence for the model. */
    public static List<TargetSentiment> score(List<TargetInput> inputs, SentenceTargets scorer) {
        List<TargetSentiment> out = new ArrayList<>();
        for (TargetInput in : inputs) {
            out.addAll(scorer.score(in.text(), in.targets()));
        }
        return out;
    }

    public static List<String> gold(List<TargetInput> inputs) {
        List<String> out = new ArrayList<>();
        for (TargetInput in : inputs) {
            for (TargetInput.Target t : in.targets()) {
                out.add(t.gold());
            }
        }
        return out;
    }
}

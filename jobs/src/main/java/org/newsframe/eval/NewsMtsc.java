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

    /** Scores every target with the configured scorer (the classifier, or the rules). */
    public static List<TargetSentiment> score(List<TargetInput> inputs, SentenceTargets scorer) {
        List<TargetSentiment> out = new ArrayList<>();
        for (TargetInput in : inputs) {
            out.addAll(scorer.score(in.text(), in.targets()));
        }
        return out;
    }

    /** Scores every target with the rules alone. */
    public static List<TargetSentiment> rules(List<TargetInput> inputs, SentenceTargets scorer) {
        List<TargetSentiment> out = new ArrayList<>();
        for (TargetInput in : inputs) {
            out.addAll(scorer.rules(in.text(), in.targets()));
        }
        return out;
    }

    /**
     * The document a NewsMTSC target comes from: its id up to the third underscore ({@code allsides_1000_401}
     * of {@code allsides_1000_401_25_Reality Leigh Winner_0_6}); cross-validation folds keep a document's
     * sentences together.
     */
    public static String document(String id) {
        String[] parts = id.split("_", 4);
        return parts.length < 3 ? id : parts[0] + "_" + parts[1] + "_" + parts[2];
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

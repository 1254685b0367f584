package org.newsframe.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsframe.annotate.ArticleAnnotator;
import org.newsframe.displacement.Figure;

/**
 * Displacement figures against sentences labelled by the project ({@code eval displacement --sentences}):
 * a TSV of {@code id <TAB> sentence <TAB> figures}, figures as {@code quantity|unit|term} separated by
 * {@code " ; "}, empty for a sentence that states none; a fourth field {@code |projected} marks a hedged
 * future or risk ("could be displaced"). A gold count is found when a count (a figure not projected) of the
 * sentence has its quantity and unit; its term is then compared. Every count that matches no gold count is
 * a false one (on the negatives, every count is). Projections are scored apart: a labelled projection is
 * found by a projected figure of its quantity and unit; a projected figure that matches none is a false one.
 */
public final class LabelledSentences {

    /** One gold figure. */
    public record Gold(long quantity, String unit, String term, boolean projected) {
        @Override
        public String toString() {
            return quantity + "|" + unit + "|" + term + (projected ? "|projected" : "");
        }
    }

    /** One labelled sentence. */
    public record Sentence(String id, String text, List<Gold> figures) {}

    /** A sentence and what the extractor found in it. */
    public record Outcome(Sentence sentence, List<Figure> found, List<Gold> missed, List<Figure> falseFigures,
                          int termsRight, int projectionsFound, int falseProjections) {

        long counts() {
            return sentence.figures().stream().filter(g -> !g.projected()).count();
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    public static List<Sentence> read(Path tsv) throws IOException {
        List<Sentence> out = new ArrayList<>();
        int n = 0;
        for (String line : Files.readAllLines(tsv)) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", -1);
            if (parts.length < 2) {
                throw new IllegalArgumentException(tsv + " line " + n + ": expected id, sentence, figures");
            }
            List<Gold> gold = new ArrayList<>();
            String figures = parts.length > 2 ? parts[2].strip() : "";
            for (String f : figures.isEmpty() ? new String[0] : figures.split("\\s*;\\s*")) {
                String[] g = f.strip().split("\\|");
                if (g.length != 3 && !(g.length == 4 && g[3].strip().equals("projected"))) {
                    throw new IllegalArgumentException(tsv + " line " + n + ": figure " + f + " is not quantity|unit|term[|projected]");
                }
                gold.add(new Gold(Long.parseLong(g[0].strip()), g[1].strip().toLowerCase(Locale.ROOT),
                        g[2].strip().toLowerCase(Locale.ROOT), g.length == 4));
            }
            out.add(new Sentence(parts[0].strip(), parts[1].strip(), gold));
        }
        return out;
    }

    public static LabelledSentences run(List<Sentence> sentences, ArticleAnnotator annotator) {
        LabelledSentences e = new LabelledSentences();
        for (Sentence s : sentences) {
            List<Figure> found = annotator.annotate(s.text()).figures();
            List<Figure> unmatched = new ArrayList<>(found.stream().filter(f -> !f.projected()).toList());
            List<Figure> projections = new ArrayList<>(found.stream().filter(Figure::projected).toList());
            List<Gold> missed = new ArrayList<>();
            int termsRight = 0;
            int projectionsFound = 0;
            for (Gold g : s.figures()) {
                if (g.projected()) {
                    Figure hit = projections.stream().filter(f -> f.quantity() == g.quantity() && f.unit().equals(g.unit()))
                            .findFirst().orElse(null);
                    if (hit != null) {
                        projections.remove(hit);
                        projectionsFound++;
                    }
                    continue;
                }
                Figure hit = unmatched.stream().filter(f -> f.quantity() == g.quantity() && f.unit().equals(g.unit()))
                        .min(Comparator.comparingInt(f -> f.term().code().equals(g.term()) ? 0 : 1)).orElse(null);
                if (hit == null) {
                    missed.add(g);
                } else {
                    unmatched.remove(hit);
                    termsRight += hit.term().code().equals(g.term()) ? 1 : 0;
                }
            }
            e.outcomes.add(new Outcome(s, found, missed, unmatched, termsRight, projectionsFound, projections.size()));
        }
        return e;
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    public long gold() {
        return outcomes.stream().mapToLong(Outcome::counts).sum();
    }

    public long found() {
        return gold() - outcomes.stream().mapToLong(o -> o.missed().size()).sum();
    }

    public long falseFigures() {
        return outcomes.stream().mapToLong(o -> o.falseFigures().size()).sum();
    }

    public double recall() {
        return gold() == 0 ? 0 : (double) found() / gold();
    }

    public double precision() {
        long predicted = found() + falseFigures();
        return predicted == 0 ? 0 : (double) found() / predicted;
    }

    public double termAccuracy() {
        return found() == 0 ? 0 : (double) outcomes.stream().mapToLong(Outcome::termsRight).sum() / found();
    }

    /** Labelled projections, those found, and projected figures that match none. */
    public long[] projections() {
        return new long[] {outcomes.stream().mapToLong(o -> o.sentence().figures().size() - o.counts()).sum(),
                outcomes.stream().mapToLong(Outcome::projectionsFound).sum(),
                outcomes.stream().mapToLong(Outcome::falseProjections).sum()};
    }

    /** Figures kept by the figure model, and of them those that match a gold count. */
    public long[] byModel() {
        long kept = 0;
        long wrong = 0;
        for (Outcome o : outcomes) {
            kept += o.found().stream().filter(f -> Figure.MODEL.equals(f.decision())).count();
            wrong += o.falseFigures().stream().filter(f -> Figure.MODEL.equals(f.decision())).count();
        }
        return new long[] {kept, kept - wrong};
    }

    public String report(String title) {
        long negatives = outcomes.stream().filter(o -> o.counts() == 0).count();
        long falseOnNegatives = outcomes.stream().filter(o -> o.counts() == 0)
                .mapToLong(o -> o.falseFigures().size()).sum();
        long[] p = projections();
        long[] m = byModel();
        return String.format(Locale.ROOT, "%s%n  sentences %d (%d without a count), gold counts %d%n"
                        + "  quantity and unit found: recall %.3f (%d of %d), precision %.3f (%d false figures, %d on the negatives)%n"
                        + "  term right where found: %.3f%n"
                        + "  kept by the figure model: %d (%d right)%n"
                        + "  projections: %d labelled, %d found, %d projected figures match none%n",
                title, outcomes.size(), negatives, gold(), recall(), found(), gold(), precision(), falseFigures(),
                falseOnNegatives, termAccuracy(), m[0], m[1], p[0], p[1], p[2]);
    }

    /** Every sentence with a missed or false figure, or a wrong term: id, missed, false, sentence. */
    public String errorsTsv() {
        StringBuilder sb = new StringBuilder("id\tmissed\tfalse\twrong_term\tsentence\n");
        for (Outcome o : outcomes) {
            boolean wrongTerm = o.termsRight() < o.counts() - o.missed().size();
            if (o.missed().isEmpty() && o.falseFigures().isEmpty() && !wrongTerm) {
                continue;
            }
            sb.append(o.sentence().id()).append('\t').append(o.missed()).append('\t')
              .append(o.falseFigures().stream().map(f -> f.quantity() + "|" + f.unit() + "|" + f.term().code()).toList())
              .append('\t').append(wrongTerm ? o.found().stream().map(f -> f.term().code()).toList() : "")
              .append('\t').append(o.sentence().text()).append('\n');
        }
        return sb.toString();
    }
}

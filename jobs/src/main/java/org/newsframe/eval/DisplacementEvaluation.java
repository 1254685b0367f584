package org.newsframe.eval;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsframe.annotate.ArticleAnnotator;
import org.newsframe.displacement.Figure;
import org.newsframe.displacement.Term;
import org.newsframe.ingest.TextNormalizer;

/**
 * Scores the displacement figures against an IDMC-style labelled CSV (columns {@code Excerpt},
 * {@code Displacement figure}, {@code Reporting term}, {@code Reporting unit}, {@code Location (Country)} as
 * {@code name;ISO3;code}, {@code Mentions}): each excerpt goes through the same {@link ArticleAnnotator} the
 * annotate stage uses, without a publication date.
 *
 * <p>Per excerpt the <em>answer</em> is the figure whose quantity equals the label's, else the first figure
 * (none when nothing was found). Reported: quantity exact-match (answer = first figure, and any figure),
 * weighted F1 of quantity, unit and term (the anchor's measure: classes are the labels, a missing figure is a
 * wrong prediction), and accuracies of unit, term (mapped to IDMC terms) and country, over all excerpts and over
 * the excerpts whose quantity was found.
 */
public final class DisplacementEvaluation {

    /** One labelled excerpt. */
    public record Labelled(String excerpt, long quantity, String term, String unit, String country,
                           boolean countryNamed, String url) {}

    /** One excerpt's outcome, for error analysis ({@code --errors}). */
    public record Outcome(Labelled gold, List<Figure> figures, Figure answer) {}

    /**
     * IDMC reporting terms → newsframe terms: each term's {@link Term#idmc()} label and its parts ("Sheltered /
     * In relief camp" gives both), plus the IDMC terms folded into one of ours.
     */
    public static final Map<String, Term> IDMC_TERMS = idmcTerms();

    private static Map<String, Term> idmcTerms() {
        Map<String, Term> m = new HashMap<>();
        for (Term t : Term.values()) {
            String label = t.idmc().toLowerCase(Locale.ROOT);
            m.put(label, t);
            for (String part : label.split(" / ")) {
                m.put(part, t);
            }
        }
        m.put("uninhabitable housing", Term.DESTROYED_HOUSING);
        m.put("returned", Term.RETURNED);
        return Map.copyOf(m);
    }

    private final List<Outcome> outcomes = new ArrayList<>();
    private double seconds;

    /** Reads the labelled rows; rows without an excerpt or a numeric figure are skipped and counted. */
    public static List<Labelled> read(Path csv, int[] skipped) throws IOException {
        CsvParserSettings s = new CsvParserSettings();
        s.setHeaderExtractionEnabled(true);
        s.setMaxCharsPerColumn(1_000_000);
        s.setLineSeparatorDetectionEnabled(true);
        List<Labelled> out = new ArrayList<>();
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (Reader r = new java.io.InputStreamReader(Files.newInputStream(csv), decoder)) {
            CsvParser p = new CsvParser(s);
            p.beginParsing(r);
            String[] header = p.getContext().headers();
            Map<String, Integer> col = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                col.put(header[i].trim().toLowerCase(Locale.ROOT), i);
            }
            for (String c : List.of("excerpt", "displacement figure", "reporting term", "reporting unit",
                    "location (country)")) {
                if (!col.containsKey(c)) {
                    throw new IllegalArgumentException(csv + ": no column '" + c + "' (IDMC labelled CSV expected)");
                }
            }
            String[] next;
            while ((next = p.parseNext()) != null) {
                String[] row = next;
                Function<String, String> get = c -> {
                    Integer i = col.get(c);
                    return i == null || i >= row.length || row[i] == null ? "" : row[i].trim();
                };
                String excerpt = get.apply("excerpt");
                String figure = get.apply("displacement figure").replace(",", "");
                if (excerpt.isEmpty() || !figure.matches("\\d{1,15}")) {
                    skipped[0]++;
                    continue;
                }
                String[] loc = get.apply("location (country)").split(";");
                String iso3 = loc.length > 1 ? loc[1].trim() : "";
                out.add(new Labelled(TextNormalizer.normalize(excerpt), Long.parseLong(figure),
                        get.apply("reporting term").toLowerCase(Locale.ROOT),
                        get.apply("reporting unit").toLowerCase(Locale.ROOT), iso3,
                        get.apply("mentions").equalsIgnoreCase("Y"), get.apply("url")));
            }
        }
        return out;
    }

    /** Runs the annotator over every excerpt. */
    public static DisplacementEvaluation run(List<Labelled> gold, ArticleAnnotator annotator) {
        DisplacementEvaluation e = new DisplacementEvaluation();
        long t0 = System.nanoTime();
        for (Labelled g : gold) {
            List<Figure> figures = annotator.annotate(g.excerpt()).figures();
            e.outcomes.add(new Outcome(g, figures, answer(figures, g)));
        }
        e.seconds = (System.nanoTime() - t0) / 1e9;
        return e;
    }

    /**
     * Runs the annotator over the whole article of each excerpt that can be found in its article (by URL, the
     * excerpt's first 40 letters and digits located in the article's), keeping the figures inside the excerpt's
     * span: the stage as it runs on a corpus, with the article around the excerpt as context. Excerpts without
     * their article are left out.
     */
    public static DisplacementEvaluation runInArticles(List<Labelled> gold, Map<String, String> articlesByUrl,
                                                       ArticleAnnotator annotator) {
        DisplacementEvaluation e = new DisplacementEvaluation();
        Map<String, List<Figure>> annotated = new HashMap<>(); // an article with several excerpts is read once
        long t0 = System.nanoTime();
        for (Labelled g : gold) {
            String article = articlesByUrl.get(g.url());
            if (article == null) {
                continue;
            }
            int[] span = locate(article, g.excerpt());
            if (span == null) {
                continue;
            }
            List<Figure> figures = annotated.computeIfAbsent(g.url(), u -> annotator.annotate(article).figures()).stream()
                    .filter(f -> f.begin() >= span[0] && f.end() <= span[1]).toList();
            e.outcomes.add(new Outcome(g, figures, answer(figures, g)));
        }
        e.seconds = (System.nanoTime() - t0) / 1e9;
        return e;
    }

    /** [begin, end) of the excerpt in the article, matching letters and digits only; null if absent. */
    static int[] locate(String article, String excerpt) {
        StringBuilder a = new StringBuilder();
        List<Integer> pos = new ArrayList<>();
        for (int i = 0; i < article.length(); i++) {
            char c = article.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                a.append(Character.toLowerCase(c));
                pos.add(i);
            }
        }
        StringBuilder x = new StringBuilder();
        for (int i = 0; i < excerpt.length(); i++) {
            char c = excerpt.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                x.append(Character.toLowerCase(c));
            }
        }
        if (x.length() < 20) {
            return null;
        }
        int head = a.indexOf(x.substring(0, Math.min(40, x.length())));
        if (head < 0) {
            return null;
        }
        int last = Math.min(a.length(), head + x.length()) - 1;
        return new int[] {pos.get(head), pos.get(last) + 1};
    }

    private static Figure answer(List<Figure> figures, Labelled g) {
        return figures.stream().filter(f -> f.quantity() == g.quantity()).findFirst()
                .orElse(figures.isEmpty() ? null : figures.get(0));
    }

    /** Every excerpt whose answer is wrong in quantity, unit, term or country, as TSV with a header. */
    public String errorsTsv() {
        StringBuilder sb = new StringBuilder("gold_quantity\tgold_unit\tgold_term\tgold_country\tanswer\tall_figures\texcerpt\n");
        for (Outcome o : outcomes) {
            Figure a = o.answer;
            boolean ok = a != null && a.quantity() == o.gold.quantity() && a.unit().equals(o.gold.unit())
                    && a.term().code().equals(goldTerm(o.gold.term())) && o.gold.country().equals(a.country());
            if (ok) {
                continue;
            }
            StringBuilder all = new StringBuilder();
            for (Figure f : o.figures) {
                all.append(summary(f)).append("; ");
            }
            sb.append(o.gold.quantity()).append('\t').append(o.gold.unit()).append('\t').append(o.gold.term())
              .append('\t').append(o.gold.country()).append('\t').append(a == null ? "" : summary(a))
              .append('\t').append(all).append('\t').append(o.gold.excerpt().replace('\n', ' ').replace('\t', ' '))
              .append('\n');
        }
        return sb.toString();
    }

    private static String summary(Figure f) {
        return f.quantity() + " " + f.unit() + " " + f.term().code() + " " + f.country();
    }

    /** This evaluation restricted to the excerpts another one scored (to compare like with like). */
    public DisplacementEvaluation subset(DisplacementEvaluation other) {
        Set<Labelled> keep = new HashSet<>();
        other.outcomes.forEach(o -> keep.add(o.gold));
        DisplacementEvaluation e = new DisplacementEvaluation();
        outcomes.stream().filter(o -> keep.contains(o.gold)).forEach(e.outcomes::add);
        e.seconds = seconds * e.outcomes.size() / Math.max(1, outcomes.size());
        return e;
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** The IDMC term as newsframe's code, or the label itself when it has no counterpart. */
    public static String goldTerm(String idmc) {
        Term t = IDMC_TERMS.get(idmc);
        return t == null ? idmc : t.code();
    }

    public double quantityFirst() {
        return share(o -> !o.figures.isEmpty() && o.figures.get(0).quantity() == o.gold.quantity());
    }

    public double quantityAny() {
        return share(o -> o.answer != null && o.answer.quantity() == o.gold.quantity());
    }

    public double unitAccuracy() {
        return share(o -> o.answer != null && o.answer.unit().equals(o.gold.unit()));
    }

    public double termAccuracy() {
        return share(o -> o.answer != null && o.answer.term().code().equals(goldTerm(o.gold.term())));
    }

    public double countryAccuracy(boolean namedOnly) {
        List<Outcome> sel = outcomes.stream().filter(o -> !namedOnly || o.gold.countryNamed()).toList();
        return sel.isEmpty() ? 0 : (double) sel.stream().filter(o -> o.answer != null
                && o.gold.country().equals(o.answer.country())).count() / sel.size();
    }

    /** Accuracy of a field over the excerpts whose quantity was found. */
    private double given(Function<Outcome, Boolean> ok) {
        List<Outcome> found = outcomes.stream().filter(o -> o.answer != null && o.answer.quantity() == o.gold.quantity()).toList();
        return found.isEmpty() ? 0 : (double) found.stream().filter(ok::apply).count() / found.size();
    }

    private double share(Function<Outcome, Boolean> ok) {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(ok::apply).count() / outcomes.size();
    }

    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "were", "was", "have", "has", "been",
            "people", "in", "to", "from", "by", "families", "homes", "houses", "at", "least", "more", "than");

    /** Whether an excerpt is English (the extractor's language): a fifth of its words are common English words. */
    static boolean english(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^a-z]+");
        int n = 0;
        int hits = 0;
        for (String w : words) {
            if (!w.isEmpty()) {
                n++;
                hits += ENGLISH.contains(w) ? 1 : 0;
            }
        }
        return n > 0 && hits * 5 >= n;
    }

    /** Weighted F1 over the gold classes, as scikit-learn's f1_score(average="weighted"). */
    static double weightedF1(List<String> gold, List<String> predicted) {
        Map<String, int[]> counts = new HashMap<>(); // tp, fp, fn, support
        for (int i = 0; i < gold.size(); i++) {
            String g = gold.get(i);
            String p = predicted.get(i);
            counts.computeIfAbsent(g, k -> new int[4])[3]++;
            if (g.equals(p)) {
                counts.get(g)[0]++;
            } else {
                counts.get(g)[2]++;
                counts.computeIfAbsent(p, k -> new int[4])[1]++;
            }
        }
        double sum = 0;
        for (int[] c : counts.values()) {
            if (c[3] == 0) {
                continue;
            }
            double prec = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double rec = (double) c[0] / (c[0] + c[2]);
            double f1 = prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec);
            sum += f1 * c[3];
        }
        return gold.isEmpty() ? 0 : sum / gold.size();
    }

    private double weighted(Function<Labelled, String> gold, Function<Figure, String> predicted) {
        List<String> g = new ArrayList<>();
        List<String> p = new ArrayList<>();
        for (Outcome o : outcomes) {
            g.add(gold.apply(o.gold));
            p.add(o.answer == null ? "<none>" : predicted.apply(o.answer));
        }
        return weightedF1(g, p);
    }

    public String report(String title) {
        long withFigure = outcomes.stream().filter(o -> !o.figures.isEmpty()).count();
        long figures = outcomes.stream().mapToLong(o -> o.figures.size()).sum();
        Set<String> terms = new HashSet<>();
        outcomes.forEach(o -> terms.add(o.gold.term()));
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n');
        sb.append(String.format("  excerpts %d, with a figure %d, figures %d (%.0f excerpts/s)%n", outcomes.size(),
                withFigure, figures, outcomes.size() / Math.max(seconds, 1e-9)));
        sb.append(String.format("  quantity exact-match: first figure %.3f, any figure %.3f%n", quantityFirst(), quantityAny()));
        sb.append(String.format("  weighted F1 (anchor: quantity 0.755, unit 0.88, term 0.74): quantity %.3f, unit %.3f, term %.3f%n",
                weighted(g -> Long.toString(g.quantity()), f -> Long.toString(f.quantity())),
                weighted(Labelled::unit, Figure::unit),
                weighted(g -> goldTerm(g.term()), f -> f.term().code())));
        sb.append(String.format("  accuracy, all excerpts (anchor country 0.75): unit %.3f, term %.3f, country %.3f (country named in the excerpt: %.3f)%n",
                unitAccuracy(), termAccuracy(), countryAccuracy(false), countryAccuracy(true)));
        List<Outcome> english = outcomes.stream().filter(o -> english(o.gold.excerpt())).toList();
        long englishFound = english.stream().filter(o -> o.answer != null && o.answer.quantity() == o.gold.quantity()).count();
        sb.append(String.format("  English excerpts %d of %d: quantity exact-match (any figure) %.3f%n", english.size(),
                outcomes.size(), english.isEmpty() ? 0 : (double) englishFound / english.size()));
        sb.append(String.format("  accuracy where the quantity was found: unit %.3f, term %.3f, country %.3f%n",
                given(o -> o.answer.unit().equals(o.gold.unit())),
                given(o -> o.answer.term().code().equals(goldTerm(o.gold.term()))),
                given(o -> o.gold.country().equals(o.answer.country()))));
        return sb.toString();
    }
}

package org.newsframe.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.newsframe.html.HtmlExtractor;
import org.newsframe.html.HtmlPages;

/**
 * Main-text extraction scored as the article-extraction benchmark scores it (scrapinghub's
 * {@code evaluate.py}): tokens are {@code \w+} runs (Unicode, case kept), shingles are runs of 4 tokens
 * (a text of fewer tokens is one shingle); per page, true positives, false positives and false negatives
 * are shingle-count overlaps, normalised to sum to 1 so that long pages weigh no more than short ones;
 * precision and recall come from the per-page sums, F1 from those two.
 */
public final class HtmlEvaluation {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    /** One page: its key and the normalised (tp, fp, fn). */
    public record PageScore(String key, double tp, double fp, double fn) {
        public double f1() {
            return tp == 0 ? 0 : 2 * tp / (2 * tp + fp + fn);
        }
    }

    /** The set's scores for one extractor. */
    public record Result(String extractor, List<PageScore> pages, double millis) {
        public double precision() {
            double tp = pages.stream().mapToDouble(PageScore::tp).sum();
            double fp = pages.stream().mapToDouble(PageScore::fp).sum();
            return tp + fp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            double tp = pages.stream().mapToDouble(PageScore::tp).sum();
            double fn = pages.stream().mapToDouble(PageScore::fn).sum();
            return tp + fn == 0 ? 0 : tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** A labelled page: key, raw bytes, URL, ground-truth body. */
    public record LabelledPage(String key, byte[] html, String url, String body) {}

    private HtmlEvaluation() {}

    /** {@code dir/ground-truth.json} and {@code dir/html/KEY.html.gz}. */
    public static List<LabelledPage> load(Path dir) throws IOException {
        Path truth = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truth)) {
            throw new IOException("no ground-truth.json in " + dir);
        }
        JsonNode root = new ObjectMapper().readTree(truth.toFile());
        List<LabelledPage> pages = new ArrayList<>();
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            JsonNode entry = root.get(key);
            Path html = dir.resolve("html").resolve(key + ".html.gz");
            if (!Files.isRegularFile(html)) {
                throw new IOException("ground truth names " + key + " but " + html + " is missing");
            }
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(html))) {
                bytes = in.readAllBytes();
            }
            pages.add(new LabelledPage(key, bytes, entry.path("url").asText(null), entry.path("articleBody").asText("")));
        }
        pages.sort(java.util.Comparator.comparing(LabelledPage::key));
        return pages;
    }

    /**
     * The project's split: {@code dev} = keys whose first hex digit is 0-9 (the extractor was tuned on these),
     * {@code heldout} = a-f (scored, never inspected), {@code all}.
     */
    public static List<LabelledPage> part(List<LabelledPage> pages, String part) {
        return switch (part) {
            case "all" -> pages;
            case "dev" -> pages.stream().filter(p -> Character.isDigit(p.key().charAt(0))).toList();
            case "heldout" -> pages.stream().filter(p -> !Character.isDigit(p.key().charAt(0))).toList();
            default -> throw new IllegalArgumentException("--part must be all, dev or heldout; got " + part);
        };
    }

    public static Result score(HtmlExtractor extractor, List<LabelledPage> pages) {
        List<PageScore> scores = new ArrayList<>();
        long t0 = System.nanoTime();
        List<String> predicted = new ArrayList<>();
        for (LabelledPage p : pages) {
            String html = HtmlPages.decode(p.html(), null);
            predicted.add(extractor.extract(html, p.url()).text());
        }
        double millis = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < pages.size(); i++) {
            scores.add(score(pages.get(i).key(), pages.get(i).body(), predicted.get(i)));
        }
        return new Result(extractor.name(), scores, millis);
    }

    /** One page's normalised (tp, fp, fn), as the benchmark's {@code string_shingle_matching}. */
    public static PageScore score(String key, String truth, String predicted) {
        Map<String, Integer> t = shingles(truth);
        Map<String, Integer> p = shingles(predicted);
        Set<String> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String k : keys) {
            int tc = t.getOrDefault(k, 0);
            int pc = p.getOrDefault(k, 0);
            tp += Math.min(tc, pc);
            fp += Math.max(0, pc - tc);
            fn += Math.max(0, tc - pc);
        }
        double s = tp + fp + fn;
        return s > 0 ? new PageScore(key, tp / s, fp / s, fn / s) : new PageScore(key, 0, 0, 0);
    }

    static Map<String, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        Map<String, Integer> out = new HashMap<>();
        int n = 4;
        for (int i = 0; i < Math.max(1, tokens.size() - n + 1); i++) {
            String sh = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + n)));
            if (!sh.isEmpty()) {
                out.merge(sh, 1, Integer::sum);
            }
        }
        return out;
    }
}

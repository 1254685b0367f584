package org.newsframe.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Scores near-duplicate clusters ({@code articles.dup_cluster}) against known copies (the {@code copy_of}
 * field {@code generate} writes): pair recall — of the (copy, original) pairs, how many share a cluster — and
 * pair precision — of the pairs the clusters make (each member with its cluster's canonical copy), how many are
 * copies of one story. Without known copies it samples pairs to read.
 */
public final class DedupEvaluation {

    private DedupEvaluation() {}

    /** A pair of articles put in one cluster: a member and its canonical copy. */
    public record Pair(String member, String canonical) {}

    public record Result(long truePairs, long truePairsFound, long clusterPairs, long clusterPairsRight, int clusters,
                         long clustered) {
        public double recall() {
            return truePairs == 0 ? Double.NaN : (double) truePairsFound / truePairs;
        }

        public double precision() {
            return clusterPairs == 0 ? Double.NaN : (double) clusterPairsRight / clusterPairs;
        }
    }

    /** {@code id → copy_of} from a JSON Lines corpus, for the records that have one. */
    public static Map<String, String> copies(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> out = new HashMap<>();
        try (var lines = Files.lines(jsonl)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = json.readTree(line);
                if (n.hasNonNull("id") && n.hasNonNull("copy_of")) {
                    out.put(n.get("id").asText(), n.get("copy_of").asText());
                }
            }
        }
        return out;
    }

    /** The pairs the clusters make: each article of a cluster of two or more with the cluster's canonical id. */
    public static List<Pair> pairs(Map<String, String> clusterOf) {
        List<Pair> out = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(clusterOf).entrySet()) {
            if (!e.getKey().equals(e.getValue())) {
                out.add(new Pair(e.getKey(), e.getValue()));
            }
        }
        return out;
    }

    /**
     * @param clusterOf article id → dup_cluster, for every article (or at least every clustered one and every
     *                  article the truth names)
     * @param copyOf    copy id → original id
     */
    public static Result score(Map<String, String> clusterOf, Map<String, String> copyOf) {
        long truePairs = 0;
        long found = 0;
        for (Map.Entry<String, String> e : copyOf.entrySet()) {
            String a = clusterOf.get(e.getKey());
            String b = clusterOf.get(e.getValue());
            if (a == null || b == null) {
                continue; // one of the two was not accepted (or too short to compare)
            }
            truePairs++;
            found += a.equals(b) ? 1 : 0;
        }
        List<Pair> pairs = pairs(clusterOf);
        long right = 0;
        for (Pair p : pairs) {
            right += root(p.member(), copyOf).equals(root(p.canonical(), copyOf)) ? 1 : 0;
        }
        int clusters = (int) pairs.stream().map(Pair::canonical).distinct().count();
        return new Result(truePairs, found, pairs.size(), right, clusters, pairs.size() + clusters);
    }

    private static String root(String id, Map<String, String> copyOf) {
        String r = id;
        for (int i = 0; i < 100 && copyOf.containsKey(r); i++) {
            r = copyOf.get(r);
        }
        return r;
    }

    /** Up to n of the pairs, drawn with a fixed seed, for reading. */
    public static List<Pair> sample(List<Pair> pairs, int n, long seed) {
        List<Pair> shuffled = new ArrayList<>(pairs);
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            java.util.Collections.swap(shuffled, i, r.nextInt(i + 1));
        }
        return shuffled.subList(0, Math.min(n, shuffled.size()));
    }
}

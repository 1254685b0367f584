package org.newsframe.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsframe.actors.DictionaryLoader;
import org.newsframe.actors.Mention;
import org.newsframe.schema.ActorType;
import org.newsframe.text.AnalyzedText;

/**
 * Merges model chunks into the mentions: a chunk that overlaps a dictionary or heuristic mention is dropped
 * (those carry canonical ids); any other PER/ORG/LOC chunk becomes a mention with {@code source = model} and
 * the same id scheme as the heuristic (PER_/ORG_/LOC_ + normalised name), so the same person found by both
 * is one actor. MISC chunks are not actors and are skipped.
 */
public final class ModelChunks {

    private ModelChunks() {}

    public static List<Mention> merge(AnalyzedText text, List<Mention> mentions, List<ModelChunk> chunks) {
        return merge(text, mentions, chunks, Mention.MODEL);
    }

    /** The same, with the mentions' {@code source} ({@link Mention#MODEL}, {@link Mention#TAGGER}). */
    public static List<Mention> merge(AnalyzedText text, List<Mention> mentions, List<ModelChunk> chunks, String source) {
        List<Mention> out = new ArrayList<>(mentions);
        Occupied occupied = new Occupied(mentions);
        for (ModelChunk c : chunks) {
            ActorType type = switch (c.label().toUpperCase(Locale.ROOT)) {
                case "PER", "PERSON" -> ActorType.PERSON;
                case "ORG", "ORGANIZATION" -> ActorType.ORGANIZATION;
                case "LOC", "LOCATION", "GPE" -> ActorType.LOCATION;
                default -> null;
            };
            if (type == null || c.begin() < 0 || c.end() > text.text().length() || c.begin() >= c.end()) {
                continue;
            }
            if (occupied.overlaps(c.begin(), c.end())) {
                continue;
            }
            String surface = text.text().substring(c.begin(), c.end());
            String prefix = type == ActorType.PERSON ? "PER_" : type == ActorType.LOCATION ? "LOC_" : "ORG_";
            String slug = DictionaryLoader.slug(surface);
            if (slug.isEmpty()) {
                continue;
            }
            int sentence = Math.max(0, text.sentenceAt(c.begin()));
            String id = type == ActorType.PERSON ? org.newsframe.actors.MentionFinder.personId(surface) : prefix + slug;
            out.add(new Mention(sentence, c.begin(), c.end(), surface, id, surface, type, null,
                    source, false, Mention.NAME));
            occupied.add(c.begin(), c.end());
        }
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }

    /**
     * The spans taken so far, asked "does [begin, end) overlap one?" in log time. Scanning every mention for
     * every chunk was quadratic: 1 MB of "Mr. Smith said." (62,500 mentions and chunks) took 5 s here.
     */
    private static final class Occupied {
        private final int[] begins;
        private final int[] maxEnds; // maxEnds[i] = the largest end among the first i + 1 spans by begin
        private final java.util.TreeMap<Integer, Integer> added = new java.util.TreeMap<>();

        Occupied(List<Mention> mentions) {
            List<Mention> sorted = new ArrayList<>(mentions);
            sorted.sort(Comparator.comparingInt(Mention::begin));
            begins = new int[sorted.size()];
            maxEnds = new int[sorted.size()];
            int max = Integer.MIN_VALUE;
            for (int i = 0; i < sorted.size(); i++) {
                begins[i] = sorted.get(i).begin();
                max = Math.max(max, sorted.get(i).end());
                maxEnds[i] = max;
            }
        }

        boolean overlaps(int begin, int end) {
            int lo = 0;
            int hi = begins.length; // the number of spans beginning before end
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (begins[mid] < end) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            if (lo > 0 && maxEnds[lo - 1] > begin) {
                return true;
            }
            var before = added.floorEntry(end - 1); // added spans do not overlap each other
            return before != null && before.getValue() > begin;
        }

        void add(int begin, int end) {
            added.put(begin, end);
        }
    }
}

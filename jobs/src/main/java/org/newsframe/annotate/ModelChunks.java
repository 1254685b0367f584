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
            boolean overlaps = false;
            for (Mention m : out) {
                if (m.overlaps(c.begin(), c.end())) {
                    overlaps = true;
                    break;
                }
            }
            if (overlaps) {
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
        }
        out.sort(Comparator.comparingInt(Mention::begin));
        return out;
    }
}

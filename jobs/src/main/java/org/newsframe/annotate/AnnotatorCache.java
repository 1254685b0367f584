package org.newsframe.annotate;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.broadcast.Broadcast;
import org.newsframe.actors.ActorDictionary;
import org.newsframe.displacement.HouseholdSizes;

/**
 * One {@link ArticleAnnotator} per executor JVM and dictionary broadcast: building the matcher's trie
 * takes a fraction of a second for the built-in dictionary and a few for Phoenix, so it is never done per
 * task or per row.
 */
final class AnnotatorCache {

    private record Key(long dictionary, boolean heuristic, HouseholdSizes households) {}

    private static final ConcurrentHashMap<Key, ArticleAnnotator> CACHE = new ConcurrentHashMap<>();

    private AnnotatorCache() {}

    static ArticleAnnotator get(Broadcast<ActorDictionary> dictionary, boolean heuristic, HouseholdSizes households) {
        Key key = new Key(dictionary.id(), heuristic, households);
        return CACHE.computeIfAbsent(key, k -> {
            if (CACHE.size() > 4) {
                CACHE.clear(); // earlier runs' annotators in a long-lived JVM (tests, notebooks)
            }
            return new ArticleAnnotator(dictionary.value(), heuristic, households);
        });
    }
}

package org.newsframe.annotate;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.broadcast.Broadcast;
import org.newsframe.actors.ActorDictionary;

/**
 * One {@link ArticleAnnotator} per executor JVM and dictionary broadcast: building the matcher's trie
 * takes a fraction of a second for the built-in dictionary and a few for Phoenix, so it is never done per
 * task or per row.
 */
final class AnnotatorCache {

    private static final ConcurrentHashMap<Long, ArticleAnnotator> CACHE = new ConcurrentHashMap<>();

    private AnnotatorCache() {}

    static ArticleAnnotator get(Broadcast<ActorDictionary> dictionary, boolean heuristic) {
        long key = dictionary.id() * 2 + (heuristic ? 1 : 0);
        return CACHE.computeIfAbsent(key, k -> {
            if (CACHE.size() > 4) {
                CACHE.clear(); // earlier runs' annotators in a long-lived JVM (tests, notebooks)
            }
            return new ArticleAnnotator(dictionary.value(), heuristic);
        });
    }
}

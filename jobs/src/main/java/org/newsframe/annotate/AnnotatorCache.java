package org.newsframe.annotate;

import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.broadcast.Broadcast;
import org.newsframe.actors.ActorDictionary;
import org.newsframe.config.NewsframeConfig;

/**
 * One set of {@link Extractors} per executor JVM, dictionary broadcast and configuration: building the
 * matcher's trie takes a fraction of a second for the built-in dictionary and a few for Phoenix, so it is
 * never done per task or per row.
 */
final class AnnotatorCache {

    /** The dictionary broadcast and the whole effective configuration (any extractor may read any setting). */
    private record Key(long dictionary, String config) {}

    private static final ConcurrentHashMap<Key, Extractors> CACHE = new ConcurrentHashMap<>();

    private AnnotatorCache() {}

    static Extractors get(Broadcast<ActorDictionary> dictionary, NewsframeConfig config) {
        Key key = new Key(dictionary.id(), config.renderedJson());
        return CACHE.computeIfAbsent(key, k -> {
            if (CACHE.size() > 4) {
                CACHE.clear(); // earlier runs' extractors in a long-lived JVM (tests, notebooks)
            }
            return Extractors.of(dictionary.value(), config);
        });
    }
}

package org.newsframe.lang;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The language detectors by name ({@code language.detector}), each built once per JVM: {@code optimaize} (the
 * default) or {@code none} (every article {@code und}, so every annotator reads it — the behaviour before
 * language identification, for a corpus known to be English).
 */
public final class LanguageIdentifiers {

    public static final String NONE = "none";

    private static final Map<String, LanguageIdentifier> BUILT = new ConcurrentHashMap<>();

    private LanguageIdentifiers() {}

    public static List<String> names() {
        return List.of(OptimaizeIdentifier.NAME, NONE);
    }

    /** The named detector; an {@link IllegalArgumentException} for an unknown name. */
    public static LanguageIdentifier get(String name) {
        return BUILT.computeIfAbsent(name, n -> switch (n) {
            case OptimaizeIdentifier.NAME -> new OptimaizeIdentifier();
            case NONE -> new LanguageIdentifier() {
                @Override
                public String name() {
                    return NONE;
                }

                @Override
                public LanguageGuess identify(String text) {
                    return LanguageGuess.UNDETERMINED;
                }
            };
            default -> throw new IllegalArgumentException("no language detector named '" + n + "'; the detectors are "
                    + String.join(", ", names()));
        });
    }
}

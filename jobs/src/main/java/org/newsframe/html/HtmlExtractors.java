package org.newsframe.html;

import java.util.List;
import java.util.Locale;

/** The extractors by name: {@code main} (the default, {@link MainTextExtractor}), {@code readability}, {@code boilerpipe}. */
public final class HtmlExtractors {

    public static final List<String> NAMES = List.of("main", "readability", "boilerpipe");

    private HtmlExtractors() {}

    public static HtmlExtractor byName(String name) {
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "main" -> new MainTextExtractor();
            case "readability" -> new ReadabilityExtractor();
            case "boilerpipe" -> new BoilerpipeExtractor();
            default -> throw new IllegalArgumentException(
                    "input.html.extractor must be one of " + NAMES + "; got " + name);
        };
    }
}

package org.newsframe;

import java.util.List;
import org.newsframe.annotate.ArticleAnnotator;
import org.newsframe.annotate.Extractors;
import org.newsframe.config.ConfigLoader;
import org.newsframe.config.NewsframeConfig;

/** The annotator {@code run} uses, for tests: the default configuration, or it with {@code --set} overrides. */
public final class Annotators {

    private static ArticleAnnotator standard;

    private Annotators() {}

    public static synchronized ArticleAnnotator standard() {
        if (standard == null) {
            standard = with();
        }
        return standard;
    }

    public static ArticleAnnotator with(String... sets) {
        NewsframeConfig config = ConfigLoader.load(null, List.of(sets));
        return Extractors.load(config).annotator(config);
    }
}

package org.newsframe.html;

import de.l3s.boilerpipe.BoilerpipeProcessingException;
import de.l3s.boilerpipe.extractors.ArticleExtractor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** boilerpipe 1.1.0's {@code ArticleExtractor} (shallow text features, Kohlschütter et al. 2010), NekoHTML-parsed. */
public final class BoilerpipeExtractor implements HtmlExtractor {

    @Override
    public String name() {
        return "boilerpipe";
    }

    @Override
    public Page extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        String text;
        try {
            text = ArticleExtractor.INSTANCE.getText(html);
        } catch (BoilerpipeProcessingException | RuntimeException e) {
            text = "";
        }
        return PageMetadata.page(doc, text == null ? "" : text.strip());
    }
}

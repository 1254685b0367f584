package org.newsframe.html;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** readability4j 1.0.8 (a Java port of Mozilla's Readability.js); paragraph breaks from its article element. */
public final class ReadabilityExtractor implements HtmlExtractor {

    @Override
    public String name() {
        return "readability";
    }

    @Override
    public Page extract(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        // metadata first: readability rewrites the document it parses
        Page meta = PageMetadata.page(doc, "");
        String text = "";
        try {
            Article a = new Readability4JExtended(url == null ? "" : url, doc).parse();
            Element content = a.getArticleContent();
            text = content == null ? "" : Blocks.text(content);
        } catch (RuntimeException e) {
            // readability gives up on some markup; an empty text becomes a missing_text reject
        }
        return new Page(meta.title(), text, meta.published(), meta.declaredLang());
    }
}

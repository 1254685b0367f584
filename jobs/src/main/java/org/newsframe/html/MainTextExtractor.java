package org.newsframe.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The project's main-text extractor, on jsoup, in the style of trafilatura and Readability:
 *
 * <ol>
 *   <li>metadata first ({@link PageMetadata}), from the untouched page;
 *   <li>clean: drop scripts, styles, forms, navigation, asides, footers, figures and captions, hidden
 *       elements, and elements whose class or id names boilerplate (comments, share bars, related links,
 *       ads, cookie and newsletter banners, bylines…) unless they also name content;
 *   <li>find the article container: every paragraph adds its score (1 + commas + length/100, at most 3)
 *       to its parent and, halved, to its grandparent; a class/id naming content adds, one naming
 *       boilerplate subtracts; scores are scaled by 1 − link density; a container marked as the article
 *       body ({@code itemprop=articleBody}, {@code article-body}, {@code story-body}…) wins when it holds
 *       most of the best candidate's text;
 *   <li>take the container's blocks in page order (paragraphs, sub-headings, list items, quotes), dropping
 *       link lists and one-line boilerplate ("Advertisement", "Read more").
 * </ol>
 *
 * Measured against readability4j and boilerpipe by {@code newsframe eval html} (docs/ingest.md).
 */
public final class MainTextExtractor implements HtmlExtractor {

    /** Removed wherever they are: never article text. */
    private static final String DROP_TAGS = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "input, select, textarea, nav, aside, footer, figure, figcaption, picture, video, audio, object, "
            + "embed, dialog, menu, [hidden], [aria-hidden=true], [role=navigation], [role=complementary], "
            + "[role=contentinfo], [role=dialog], [role=alert], [role=banner]";

    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[-_ ])(comments?|disqus|share|sharing|social|related|recommend\\w*|promo\\w*|advert\\w*|ads?|"
            + "ad-?slot|dfp|sponsor\\w*|cookies?|consent|gdpr|newsletter|subscri\\w*|signup|sign-up|paywall|"
            + "sidebar|breadcrumbs?|footer|masthead|menu|navbar|nav|caption|credits?|byline|author|tags?|popup|"
            + "modal|toolbar|widget|outbrain|taboola|trending|most-?popular|more-?stories|read-?more|"
            + "newsletter|related-?content|inline-?ad|print|tools|meta|topics|skip|hidden|jump|rail)($|[-_ \\d])");
    private static final Pattern CONTENT = Pattern.compile(
            "(?i)(article|body|content|entry|main|page|post|story|text|blog)");
    /** A class or id token marking the article body ({@code article-body}, {@code storyText}, {@code entry-content}…). */
    private static final Pattern BODY_MARK = Pattern.compile(
            "(?i)(^|[\\s])[\\w-]{0,20}?(article|story|entry|post|news)[-_]{0,2}(body|content|text|main)[\\w-]{0,20}($|[\\s])|"
            + "(^|[\\s])(body-?text|main-?content|articlebody|storytext|postbody|article)($|[\\s])");

    /** One-line blocks that are page furniture, not text. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)^(advertisement|advertising|ad|sponsored|read more|read more:?.*|continue reading.*|"
            + "(also )?read:.*|related:.*|share( this)?( article| story)?|sign up.*|subscribe.*|"
            + "click here.*|follow us.*|image:.*|photo:.*|getty images|reuters|ap photo.*|"
            + "(this|the) story continues.*|story continues below.*|scroll to continue.*)$");

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "pre", "td", "blockquote");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "dd", "dt", "td", "th");

    @Override
    public String name() {
        return "main";
    }

    @Override
    public Page extract(String html, String url) {
        Document doc = Jsoup.parse(html == null ? "" : html, url == null ? "" : url);
        Page meta = PageMetadata.page(doc, "");
        Element body = doc.body();
        if (body == null) {
            return meta;
        }
        clean(body);
        Element container = container(body);
        String text = container == null ? "" : String.join("\n", blocks(container, meta.title()));
        return new Page(meta.title(), text, meta.published(), meta.declaredLang());
    }

    /** Removes everything that is never article text. */
    static void clean(Element body) {
        body.select(DROP_TAGS).remove();
        body.select("[style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]").remove();
        List<Element> doomed = new ArrayList<>();
        int total = paragraphChars(body);
        for (Element e : body.getAllElements()) {
            if (e == body || e.normalName().equals("html")) {
                continue;
            }
            String marks = marks(e);
            if (!marks.isEmpty() && BOILERPLATE.matcher(marks).find() && !BODY_MARK.matcher(marks).find()
                    && !(e.normalName().equals("article") || e.normalName().equals("main"))
                    // never a container of most of the page's text, whatever its class says ("ad-free-page")
                    && paragraphChars(e) < 0.4 * total) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    private static String marks(Element e) {
        String cls = e.className();
        String id = e.id();
        return cls.isEmpty() ? id : id.isEmpty() ? cls : cls + " " + id;
    }

    /** The element holding the article: Readability's paragraph scoring, then the explicit body marks. */
    static Element container(Element body) {
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element p : body.getAllElements()) {
            if (!isParagraph(p)) {
                continue;
            }
            String t = p.normalName().equals("p") || p.normalName().equals("pre") ? p.text() : p.ownText();
            if (t.length() < 25) {
                continue;
            }
            double score = 1 + count(t, ',') + Math.min(t.length() / 100, 3);
            Element parent = p.parent();
            Element grand = parent == null ? null : parent.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
            }
            if (grand != null) {
                scores.merge(grand, score / 2, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> en : scores.entrySet()) {
            Element c = en.getKey();
            double s = (en.getValue() + classWeight(c)) * (1 - linkDensity(c));
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        Element marked = markedBody(body, best);
        if (marked != null) {
            best = marked;
        }
        if (best == null) {
            return body;
        }
        // A body split into chunks (ads or pull quotes between them) is widened to the ancestor that holds
        // clearly more paragraph text, looking up to four levels, as long as that ancestor is not a link list.
        int own = paragraphChars(best);
        Element up = best.parent();
        for (int level = 0; level < 4 && up != null && up != body.parent(); level++, up = up.parent()) {
            int wider = paragraphChars(up);
            if (wider >= own * 1.3 && linkDensity(up) <= 0.33) {
                best = up;
                own = wider;
            }
        }
        return best;
    }

    /** An element the page marks as the article body, when it holds most of the best candidate's text. */
    private static Element markedBody(Element body, Element best) {
        int bestChars = best == null ? 0 : paragraphChars(best);
        Element chosen = null;
        int chosenChars = 0;
        for (Element e : body.getAllElements()) {
            boolean mark = e.attr("itemprop").equalsIgnoreCase("articleBody")
                    || (!marks(e).isEmpty() && BODY_MARK.matcher(marks(e)).find());
            if (!mark) {
                continue;
            }
            int chars = paragraphChars(e);
            if (chars < 200 || chars < bestChars * 0.6) {
                continue;
            }
            // the innermost such mark: an outer "article" wrapper also holds the related links
            int all = e.text().length();
            if (chosen == null || all < chosenChars) {
                chosen = e;
                chosenChars = all;
            }
        }
        return chosen;
    }

    private static boolean isParagraph(Element e) {
        String n = e.normalName();
        if (PARAGRAPH_TAGS.contains(n)) {
            return true;
        }
        // A div or section carrying text of its own (bare or br-separated, beside block children) is one too.
        if (n.equals("div") || n.equals("section") || n.equals("article")) {
            return ownTextChars(e) >= 25;
        }
        return false;
    }

    /** Chars of the element's own text: its text nodes and inline children, not its block children. */
    private static int ownTextChars(Element e) {
        int n = 0;
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) {
                n += t.text().strip().length();
            } else if (c instanceof Element ce && !Blocks.BLOCK_TAGS.contains(ce.normalName()) && !hasBlockChild(ce)) {
                n += ce.text().length();
            }
        }
        return n;
    }

    private static int paragraphChars(Element e) {
        int n = 0;
        for (Element p : e.getAllElements()) {
            if (isParagraph(p)) {
                n += PARAGRAPH_TAGS.contains(p.normalName()) ? p.text().length() : ownTextChars(p);
            }
        }
        return n;
    }

    private static double classWeight(Element e) {
        String m = marks(e);
        double w = 0;
        if (m.isEmpty()) {
            return w;
        }
        if (CONTENT.matcher(m).find()) {
            w += 25;
        }
        if (BOILERPLATE.matcher(m).find()) {
            w -= 25;
        }
        return w;
    }

    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return Math.min(1.0, links / (double) all);
    }

    /** The container's text blocks in page order. */
    static List<String> blocks(Element container, String title) {
        List<String> out = new ArrayList<>();
        collect(container, out, title);
        return out;
    }

    private static void collect(Element e, List<String> out, String title) {
        String n = e.normalName();
        boolean block = BLOCK_TAGS.contains(n) && !hasBlockChild(e);
        if (block || (n.equals("div") && !hasBlockChild(e) && ownTextChars(e) > 0)) {
            // a <br> inside a block is a paragraph break the page draws
            for (String line : Blocks.text(e).split("\n")) {
                String t = line.strip();
                if (keep(e, t, title)) {
                    out.add(t);
                }
            }
            return;
        }
        if (n.equals("h1")) {
            return;
        }
        // Mixed content: bare text beside block children is a block of its own.
        StringBuilder loose = new StringBuilder();
        for (Node c : e.childNodes()) {
            if (c instanceof TextNode t) {
                Blocks.appendText(loose, t.getWholeText());
            } else if (c instanceof Element ce) {
                if (Blocks.BLOCK_TAGS.contains(ce.normalName()) || ce.normalName().equals("h1") || hasBlockChild(ce)) {
                    flush(loose, out, e, title);
                    collect(ce, out, title);
                } else if (ce.normalName().equals("br")) {
                    flush(loose, out, e, title);
                } else {
                    Blocks.appendText(loose, Blocks.text(ce).replace('\n', ' '));
                }
            }
        }
        flush(loose, out, e, title);
    }

    private static void flush(StringBuilder loose, List<String> out, Element e, String title) {
        String t = loose.toString().strip();
        loose.setLength(0);
        if (!furniture(t, title)) {
            out.add(t);
        }
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (Blocks.BLOCK_TAGS.contains(c.normalName())) {
                return true;
            }
            if (!Blocks.BLOCK_TAGS.contains(c.normalName()) && hasBlockChild(c)) {
                return true;
            }
        }
        return false;
    }

    /** Too short, page furniture ("Advertisement", "Read more"), or the title again. */
    private static boolean furniture(String t, String title) {
        return t.length() < 2 || FURNITURE.matcher(t).matches() || t.equals(title);
    }

    private static boolean keep(Element e, String t, String title) {
        if (furniture(t, title)) {
            return false;
        }
        double ld = linkDensity(e);
        String n = e.normalName();
        if (ld > 0.5 && (n.equals("li") || t.length() < 200)) {
            return false;
        }
        return true;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}

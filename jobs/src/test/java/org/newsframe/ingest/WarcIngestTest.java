package org.newsframe.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;
import org.newsframe.Cli;
import org.newsframe.SharedSpark;

/** A WARC the test writes with jwarc's writer, and loose HTML pages, through {@code newsframe run --stages ingest}. */
class WarcIngestTest {

    @TempDir
    Path tmp;

    private static final String BODY_A = "<p>Aid agencies said on Monday that more than 12,000 families had fled the "
            + "fighting around the town, crossing the river into neighbouring districts.</p><p>The governor said food "
            + "and water were running short in the camps, and that roads remained closed.</p>";

    /** A news page in the layout of a typical CMS: nav, article with meta date, related list, footer. */
    static String cmsPage(String title, String published, String lang, String body) {
        return "<html lang=\"" + lang + "\"><head><title>" + title + " | Example News</title>"
                + (published == null ? "" : "<meta property=\"article:published_time\" content=\"" + published + "\">")
                + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>"
                + "<article><h1>" + title + "</h1>" + body + "</article>"
                + "<div class=\"related\"><ul><li><a href=\"/x\">Another story about something else entirely</a></li></ul></div>"
                + "<footer><p>Copyright Example News, all rights reserved, 2024.</p></footer></body></html>";
    }

    /** A blog-style page: no meta date, JSON-LD instead, the body in div.entry-content with br breaks. */
    static String blogPage(String title, String published, String text) {
        return "<html><head><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"" + title
                + "\",\"datePublished\":\"" + published + "\"}</script></head><body>"
                + "<div id=\"sidebar\"><p>About this blog: a long sidebar paragraph about the authors, the site.</p></div>"
                + "<div class=\"entry-content\">" + text + "</div></body></html>";
    }

    private static byte[] http(int status, String contentType, byte[] body) {
        String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Not Found") + "\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + body.length + "\r\n\r\n";
        byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private static WarcResponse response(String url, String date, int status, String type, byte[] body) {
        return new WarcResponse.Builder(url).date(Instant.parse(date)).body(MediaType.HTTP_RESPONSE,
                http(status, type, body)).build();
    }

    @Test
    void aWarcGivesArticlesFromItsHtmlResponsesAndCountsEveryOtherRecord() throws IOException {
        Path warc = tmp.resolve("in").resolve("crawl.warc.gz");
        Files.createDirectories(warc.getParent());
        String spanish = "<p>Más de doce mil familias huyeron de los combates en la región, según las agencias de ayuda, "
                + "que piden acceso a los campamentos.</p>";
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().filename("crawl.warc.gz").build());
            w.write(new WarcRequest.Builder("https://news.example.org/a").body(MediaType.HTTP_REQUEST,
                    "GET /a HTTP/1.1\r\nHost: news.example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
            w.write(response("https://www.news.example.org/a", "2024-03-06T12:00:00Z", 200, "text/html; charset=utf-8",
                    cmsPage("Thousands flee fighting", "2024-03-05T09:30:00Z", "en", BODY_A).getBytes(StandardCharsets.UTF_8)));
            // windows-1252 bytes, charset only in the HTTP header; the date only from the WARC record
            w.write(response("https://blog.example.net/p/1", "2024-04-01T08:00:00Z", 200, "text/html; charset=windows-1252",
                    cmsPage("Caf\u00e9 owners return", null, "en", "<p>Caf\u00e9 owners in the old town returned on Sunday, "
                            + "two weeks after the floods \u2013 the first to reopen since the evacuation.</p>")
                            .getBytes(Charset.forName("windows-1252"))));
            w.write(response("https://diario.example.es/n", "2024-05-02T10:00:00Z", 200, "text/html",
                    blogPage("Miles huyen", "2024-05-01", spanish).getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://news.example.org/gone", "2024-03-07T12:00:00Z", 404, "text/html",
                    "<p>Not found</p>".getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://news.example.org/report.pdf", "2024-03-07T12:00:00Z", 200, "application/pdf",
                    "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
            w.write(new WarcResponse.Builder("https://news.example.org/cut").date(Instant.parse("2024-03-08T00:00:00Z"))
                    .truncated(WarcTruncationReason.LENGTH).body(MediaType.HTTP_RESPONSE,
                            http(200, "text/html", cmsPage("Cut", null, "en", BODY_A).getBytes(StandardCharsets.UTF_8)))
                    .build());
            w.write(response("https://news.example.org/empty", "2024-03-09T00:00:00Z", 200, "text/html",
                    "<html><body><nav><a href=\"/\">Home</a></nav></body></html>".getBytes(StandardCharsets.UTF_8)));
        }
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", "--input", warc.getParent().toString(), "--output", out.toString(),
                "--stages", "ingest");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("9 records read = 3 articles + 3 rejects"), r.out());
        assertTrue(r.out().contains("+ 3 skipped {request=1, response:non_html=1, warcinfo=1}"), r.out());

        List<Row> articles = org.newsframe.Cli.table(out, "articles")
                .orderBy("record_number").collectAsList();
        assertEquals(List.of(3L, 4L, 5L), articles.stream().map(a -> (Long) a.getAs("record_number")).toList());
        Row a = articles.get(0);
        assertEquals("Thousands flee fighting", a.getAs("title"));
        assertEquals("Aid agencies said on Monday that more than 12,000 families had fled the fighting around the town, "
                + "crossing the river into neighbouring districts.\nThe governor said food and water were running short "
                + "in the camps, and that roads remained closed.", a.getAs("text"));
        assertEquals(LocalDate.of(2024, 3, 5), a.getAs("pub_date"));
        assertEquals("https://www.news.example.org/a", a.getAs("url"));
        assertEquals("news.example.org", a.getAs("source"));
        Row cafe = articles.get(1);
        assertTrue(((String) cafe.getAs("text")).startsWith("Caf\u00e9 owners in the old town"), (String) cafe.getAs("text"));
        assertEquals(LocalDate.of(2024, 4, 1), cafe.getAs("pub_date"), "no date in the page: the WARC date");
        Row es = articles.get(2);
        assertEquals("Miles huyen", es.getAs("title"));
        assertEquals(LocalDate.of(2024, 5, 1), es.getAs("pub_date"), "JSON-LD datePublished");

        Map<String, Long> reasons = new TreeMap<>();
        for (Row x : org.newsframe.Cli.table(out, "rejects").groupBy("reason").count()
                .collectAsList()) {
            reasons.put(x.getString(0), x.getLong(1));
        }
        assertEquals(Map.of("http_status", 1L, "truncated_record", 1L, "missing_text", 1L), reasons);
        try (var runs = Files.list(out.resolve("_runs"))) {
            String manifest = Files.readString(runs.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow());
            assertTrue(manifest.contains("\"skipped_by_kind\""), manifest);
        }
    }

    /** A story of about a hundred words, in two paragraphs. */
    private static final String STORY = "<p>More than 40,000 people have fled their homes in the eastern province since "
            + "armed groups attacked three villages on Friday, the regional governor told reporters on Sunday, adding that "
            + "most of the displaced were women and children staying in schools and churches in the provincial capital.</p>"
            + "<p>Aid agencies warned that food and clean water were running out in the overcrowded sites, and that the "
            + "rains due next month could spread disease. The United Nations said it had sent trucks with tents, blankets "
            + "and medicine, but that the main road remained closed after a bridge was damaged in the fighting.</p>";

    private static final String FRENCH = "<p>Plus de quarante mille personnes ont fui leurs maisons dans la province de "
            + "l'est depuis que des groupes armés ont attaqué trois villages vendredi, a déclaré dimanche le gouverneur "
            + "régional, ajoutant que la plupart des déplacés étaient des femmes et des enfants hébergés dans des écoles.</p>"
            + "<p>Les agences humanitaires ont averti que la nourriture et l'eau potable commençaient à manquer sur les "
            + "sites surpeuplés, et que les pluies attendues le mois prochain pourraient propager des maladies.</p>";

    private static final String GERMAN = "<p>Mehr als vierzigtausend Menschen sind seit Freitag aus ihren Häusern in der "
            + "östlichen Provinz geflohen, nachdem bewaffnete Gruppen drei Dörfer angegriffen hatten, sagte der Gouverneur "
            + "am Sonntag. Die meisten Vertriebenen seien Frauen und Kinder, die in Schulen und Kirchen untergebracht "
            + "wurden. Hilfsorganisationen warnten, dass Lebensmittel und sauberes Wasser in den überfüllten Lagern knapp "
            + "würden und der Regen im nächsten Monat Krankheiten verbreiten könnte.</p>";

    @Test
    void aCrawlInSeveralLanguagesAndLayoutsWithSyndicatedCopiesGetsLanguagesAndClusters() throws IOException {
        Path warc = tmp.resolve("in").resolve("news.warc.gz");
        Files.createDirectories(warc.getParent());
        // the wire story twice more: a blog reprint a day later with its dateline and credit, and a CMS page of
        // another site that cut the last sentence; the French and German versions are translations, not copies
        String reprint = "<p>GOMA (Example Wire) - " + STORY.substring(3).replace("</p><p>", "</p>\n<p>")
                + "<p>Reporting by staff; editing by the desk.</p>";
        String cut = STORY.substring(0, STORY.indexOf(" The United Nations")) + "</p>";
        try (WarcWriter w = new WarcWriter(Files.newByteChannel(warc, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            w.write(response("https://wire.example.org/story", "2024-06-02T12:00:00Z", 200, "text/html; charset=utf-8",
                    cmsPage("Tens of thousands flee attacks", "2024-06-02T10:00:00Z", "en", STORY).getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://blog.example.net/reprint", "2024-06-03T08:00:00Z", 200, "text/html; charset=utf-8",
                    blogPage("Tens of thousands flee attacks", "2024-06-03", reprint).getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://daily.example.com/cut", "2024-06-02T18:00:00Z", 200, "text/html; charset=utf-8",
                    cmsPage("Thousands flee", "2024-06-02T17:00:00Z", "en", cut).getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://journal.example.fr/article", "2024-06-02T15:00:00Z", 200, "text/html; charset=utf-8",
                    cmsPage("Des dizaines de milliers de déplacés", "2024-06-02T14:00:00Z", "fr", FRENCH).getBytes(StandardCharsets.UTF_8)));
            w.write(response("https://zeitung.example.de/artikel", "2024-06-03T07:00:00Z", 200, "text/html; charset=utf-8",
                    blogPage("Zehntausende auf der Flucht", "2024-06-03", GERMAN).getBytes(StandardCharsets.UTF_8)));
        }
        Path out = tmp.resolve("out");
        Cli.Result r = Cli.run("run", "--input", warc.toString(), "--output", out.toString(), "--stages", "ingest");
        assertEquals(0, r.code(), r.err());
        Map<String, Row> byUrl = new TreeMap<>();
        for (Row a : org.newsframe.Cli.table(out, "articles").collectAsList()) {
            byUrl.put(a.getAs("url"), a);
        }
        assertEquals(5, byUrl.size());
        Row wire = byUrl.get("https://wire.example.org/story");
        Row blog = byUrl.get("https://blog.example.net/reprint");
        Row daily = byUrl.get("https://daily.example.com/cut");
        Row fr = byUrl.get("https://journal.example.fr/article");
        Row de = byUrl.get("https://zeitung.example.de/artikel");
        assertEquals(List.of("en", "en", "en", "fr", "de"), java.util.stream.Stream.of(wire, blog, daily, fr, de)
                .map(x -> (String) x.getAs("lang")).toList());
        assertEquals(LocalDate.of(2024, 6, 3), blog.getAs("pub_date"));
        assertTrue(((String) blog.getAs("text")).startsWith("GOMA (Example Wire) - More than 40,000 people"), (String) blog.getAs("text"));
        // one cluster of three, named after its earliest copy; the translations are their own clusters
        String cluster = wire.getAs("article_id");
        assertEquals(List.of(cluster, cluster, cluster), java.util.stream.Stream.of(wire, blog, daily)
                .map(x -> (String) x.getAs("dup_cluster")).toList());
        assertEquals(List.of(true, false, false), java.util.stream.Stream.of(wire, blog, daily)
                .map(x -> (Boolean) x.getAs("is_canonical")).toList());
        assertEquals((String) fr.getAs("article_id"), fr.getAs("dup_cluster"));
        assertEquals((String) de.getAs("article_id"), de.getAs("dup_cluster"));
        assertTrue((Boolean) fr.getAs("is_canonical") && (Boolean) de.getAs("is_canonical"));
    }

    @Test
    void htmlFilesAndAnHtmlColumnGoThroughTheSameExtractor() throws IOException {
        Path dir = tmp.resolve("pages");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("one.html"), cmsPage("Thousands flee fighting", "2024-03-05", "en", BODY_A));
        String escaped = cmsPage("From a column", "2024-06-01", "en", BODY_A).replace("\"", "\\\"");
        Files.writeString(dir.resolve("scraped.jsonl"), "{\"id\": \"s1\", \"html\": \"" + escaped + "\"}\n");
        Path out = tmp.resolve("out2");
        Cli.Result r = Cli.run("run", "--input", dir.toString(), "--output", out.toString(), "--stages", "ingest");
        assertEquals(0, r.code(), r.err());
        List<Row> articles = org.newsframe.Cli.table(out, "articles")
                .orderBy("title").collectAsList();
        assertEquals(2, articles.size());
        assertEquals("From a column", articles.get(0).getAs("title"));
        assertEquals("s1", articles.get(0).getAs("article_id"));
        assertEquals(articles.get(0).<String>getAs("text"), articles.get(1).<String>getAs("text"));
        assertEquals(LocalDate.of(2024, 3, 5), articles.get(1).getAs("pub_date"));
    }
}

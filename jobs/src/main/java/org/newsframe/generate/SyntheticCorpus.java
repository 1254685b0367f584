package org.newsframe.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Synthetic news articles for benchmarks and tests, written by the project (no corpus text). Each article
 * is built from sentence templates about conflict and humanitarian events: actors acting on actors,
 * quoted officials, displacement figures in the number forms news uses, and neutral filler. A share of the
 * articles ({@link #COPY_SHARE}) are syndicated copies of an earlier one — another source, a dateline, a
 * credit line, a sentence dropped or a word changed, a day or two later — and name it in {@code copy_of}, the
 * ground truth for near-duplicate clustering. The same seed gives the same corpus.
 */
public final class SyntheticCorpus {

    private static final List<String> ACTORS = List.of(
            "the Taliban", "the United States", "Pakistan", "China", "the United Nations", "UNHCR", "NATO",
            "Russia", "Ukraine", "Israel", "Hamas", "the Houthis", "Saudi Arabia", "al-Shabaab", "Somalia",
            "Boko Haram", "Nigeria", "the European Union", "the African Union", "the ICRC", "the RSF", "Sudan",
            "the M23 rebels", "Ethiopia", "Iran", "Turkey", "Syria", "Islamic State", "Hezbollah", "Lebanon",
            "Washington", "Moscow", "Beijing", "Kabul", "the World Food Programme", "Amnesty International");
    private static final List<String> PEOPLE = List.of(
            "spokesperson Amina Darwish", "Foreign Minister Pavel Oreshkin", "President Joseph Makori",
            "General Idris Haqqani", "envoy Claire Duvall", "analyst Rahim Qadiri", "Deputy Minister Sara Lindqvist",
            "commander Yusuf Omar Jibril", "UN official Mireille Banza", "Prime Minister Tomas Verhoef");
    private static final List<String> VERBS = List.of(
            "criticized", "condemned", "praised", "urged", "met with", "accused", "warned", "attacked",
            "welcomed", "rejected talks with", "signed an agreement with", "threatened", "called on", "supported");
    private static final List<String> TOPICS = List.of(
            "border security", "the ceasefire", "humanitarian access", "frozen assets", "the detention of journalists",
            "refugee returns", "drone strikes", "the grain corridor", "election delays", "sanctions");
    private static final List<String> PLACES = List.of(
            "Kabul", "Kandahar province", "Khartoum", "North Darfur", "Goma", "Maiduguri", "Mogadishu", "Gaza",
            "Kharkiv", "Sanaa", "Idlib", "Cox's Bazar", "Tigray", "Marib", "Borno State", "the Sahel", "Kunduz");
    private static final List<String> POPULATIONS = List.of(
            "people", "civilians", "residents", "Afghans", "Rohingya", "Sudanese", "Somalis", "Ukrainians");
    /** The verb phrases of short articles' figures: the classic phrasings of {@link FigureSentences}. */
    private static final List<String> TERMS = FigureSentences.PEOPLE_TERMS.stream().map(t -> t[0]).toList();
    private static final List<String> HOUSEHOLD_TERMS = FigureSentences.HOUSEHOLD_TERMS.stream().map(t -> t[0]).toList();
    private static final List<String> CAUSES = List.of(
            "by fighting", "by the floods", "after the earthquake", "by clashes between armed groups",
            "by drought", "since the offensive began", "by airstrikes");
    private static final List<String> FILLER = List.of(
            "Talks are expected to resume next month.",
            "Officials did not respond to a request for comment.",
            "The situation remains tense, according to local residents.",
            "Prices of food and fuel have risen sharply in recent weeks.",
            "The statement gave no further details.",
            "Aid agencies say funding covers less than half of the need.",
            "Schools in the area have been closed since March.",
            "Journalists were not allowed to enter the region.");
    private static final List<String> SOURCES = List.of("Example Wire", "The Sample Herald", "Synthetic Daily");
    private static final java.util.regex.Pattern SAID = java.util.regex.Pattern.compile("\\bsaid\\b");

    /** The share of articles that are syndicated copies of an earlier one. */
    public static final double COPY_SHARE = 0.10;

    /** Copies are made of one of the last this many originals. */
    private static final int RECENT = 200;

    /**
     * How long the articles are. {@code REALISTIC}: words drawn from a log-normal distribution with median 550
     * and σ 0.55 (p10 ≈ 270, p90 ≈ 1,120 words, clipped to 80…3,000), the shape of wire and newspaper article
     * lengths; actors are named in full once, then by their short forms ("the United Nations" … "the UN").
     * {@code SHORT}: 6 to 20 template sentences (about 140 words), full names only — what the tests use,
     * unchanged from the first generator so their expected values stay.
     */
    public enum Lengths { REALISTIC, SHORT }

    /** Short forms an actor goes by after its first mention (realistic articles). */
    private static final java.util.Map<String, List<String>> ALIASES = java.util.Map.ofEntries(
            java.util.Map.entry("the United States", List.of("the US", "the U.S.", "Washington")),
            java.util.Map.entry("the United Nations", List.of("the UN", "the U.N.")),
            java.util.Map.entry("the European Union", List.of("the EU", "Brussels")),
            java.util.Map.entry("the African Union", List.of("the AU")),
            java.util.Map.entry("Islamic State", List.of("ISIS", "IS", "the Islamic State group")),
            java.util.Map.entry("the World Food Programme", List.of("the WFP")),
            java.util.Map.entry("the ICRC", List.of("the Red Cross")),
            java.util.Map.entry("the RSF", List.of("the Rapid Support Forces", "the paramilitary RSF")),
            java.util.Map.entry("Russia", List.of("Moscow", "the Kremlin")),
            java.util.Map.entry("China", List.of("Beijing")),
            java.util.Map.entry("the Houthis", List.of("Ansar Allah", "the Houthi movement")),
            java.util.Map.entry("Amnesty International", List.of("Amnesty")),
            java.util.Map.entry("the Taliban", List.of("the Taliban government", "Taliban officials")));

    private final SplittableRandom random;
    private final Lengths lengths;
    private final FigureSentences figureSentences;
    private final java.util.ArrayDeque<Article> recent = new java.util.ArrayDeque<>();
    private final java.util.Set<String> named = new java.util.HashSet<>(); // actors named in the article so far

    public SyntheticCorpus(long seed) {
        this(seed, Lengths.REALISTIC);
    }

    public SyntheticCorpus(long seed, Lengths lengths) {
        this.random = new SplittableRandom(seed);
        this.lengths = lengths;
        this.figureSentences = new FigureSentences(random);
    }

    /** Words of the next realistic article: log-normal, median 550, σ 0.55, clipped to 80…3,000. */
    private int wordTarget() {
        double gaussian = gaussian();
        return (int) Math.max(80, Math.min(3000, Math.round(550 * Math.exp(0.55 * gaussian))));
    }

    private double gaussian() { // Box–Muller from the seeded stream
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** An actor, by a short form when it was named in full earlier in the article (realistic articles). */
    private String actor() {
        String full = pick(ACTORS);
        if (lengths == Lengths.SHORT) {
            return full;
        }
        List<String> aliases = ALIASES.get(full);
        if (aliases != null && !named.add(full) && random.nextInt(3) > 0) {
            return pick(aliases);
        }
        named.add(full);
        return full;
    }

    /** Writes n articles as JSON Lines with fields id, title, text, published, source, url. */
    public void write(int n, Writer out) throws IOException {
        JsonFactory factory = new JsonFactory();
        for (int i = 0; i < n; i++) {
            Article a = next(i);
            try (JsonGenerator g = factory.createGenerator(new NonClosingWriter(out))) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("title", a.title());
                g.writeStringField("text", a.text());
                g.writeStringField("published", a.published());
                g.writeStringField("source", a.source());
                g.writeStringField("url", "https://news.example/" + a.id());
                if (a.copyOf() != null) {
                    g.writeStringField("copy_of", a.copyOf());
                }
                if (lengths == Lengths.REALISTIC) {
                    writeFigures(g, a.text(), a.figures());
                }
                g.writeEndObject();
            }
            out.write('\n');
        }
    }

    /**
     * The ground truth of the displacement figures: {@code figures}, an array of objects with the fields of the
     * {@code displacement} table they should match ({@code begin}, {@code end}, {@code quantity},
     * {@code quantity_max}, {@code unit}, {@code term}, {@code projected}); empty when the article states none.
     * Offsets are in the text as ingest stores it, where a paragraph break ("\n\n" here) is one character
     * (docs/ingest.md); {@link Article#figures()} are offsets in {@link Article#text()} as generated.
     */
    private static void writeFigures(JsonGenerator g, String text, List<FigureSentences.Truth> figures)
            throws IOException {
        g.writeArrayFieldStart("figures");
        int breaks = 0; // paragraph breaks before the figure: each becomes one character
        int scanned = 0;
        for (FigureSentences.Truth f : figures) { // in text order
            for (int at = text.indexOf("\n\n", scanned); at >= 0 && at < f.begin(); at = text.indexOf("\n\n", scanned)) {
                breaks++;
                scanned = at + 2;
            }
            g.writeStartObject();
            g.writeNumberField("begin", f.begin() - breaks);
            g.writeNumberField("end", f.end() - breaks);
            g.writeNumberField("quantity", f.quantity());
            if (f.quantityMax() == null) {
                g.writeNullField("quantity_max");
            } else {
                g.writeNumberField("quantity_max", f.quantityMax());
            }
            g.writeStringField("unit", f.unit());
            g.writeStringField("term", f.term());
            g.writeBooleanField("projected", f.projected());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The shapes of {@link #writePathological}: each repeated to about {@link #PATHOLOGICAL_CHARS}. */
    static final List<String> PATHOLOGICAL = List.of(
            "1,0,00,000,", // digits and commas: no number longer than 15 digits, no backtracking
            "9999999999", // one digit run a megabyte long
            "1,000 people displaced, ", // one sentence listing figures
            "( 5 ( families (", // parentheses that never close
            "between 5 and between 6 and ", // ranges that never end
            "May 5 May 5 2020 as of ", // dates and period cues
            "up to up to more than at least "); // qualifiers without numbers

    static final int PATHOLOGICAL_CHARS = 1_000_000;

    /** Writes n articles of about a megabyte each, cycling through {@link #PATHOLOGICAL}. */
    public void writePathological(int n, Writer out) throws IOException {
        JsonFactory factory = new JsonFactory();
        for (int i = 0; i < n; i++) {
            String unit = PATHOLOGICAL.get(i % PATHOLOGICAL.size());
            StringBuilder text = new StringBuilder(PATHOLOGICAL_CHARS + unit.length());
            while (text.length() < PATHOLOGICAL_CHARS) {
                text.append(unit);
            }
            try (JsonGenerator g = factory.createGenerator(new NonClosingWriter(out))) {
                g.writeStartObject();
                g.writeStringField("id", String.format(Locale.ROOT, "path-%04d", i));
                g.writeStringField("text", text.toString());
                g.writeStringField("published", "2021-10-09");
                g.writeEndObject();
            }
            out.write('\n');
        }
    }

    /** The verb phrases of the displacement sentences of short articles (one figure each). */
    public static List<String> displacementPhrases() {
        List<String> all = new java.util.ArrayList<>(TERMS);
        all.addAll(HOUSEHOLD_TERMS);
        return all;
    }

    /**
     * One synthetic article; {@code copyOf} is the id of the article it is a syndicated copy of, or null;
     * {@code figures} the displacement figures its text states, offsets in the text (realistic articles; empty
     * for short ones, whose displacement sentences are the {@link #displacementPhrases()}).
     */
    public record Article(String id, String title, String text, String published, String source, String copyOf,
                          List<FigureSentences.Truth> figures) {}

    public Article next(int index) {
        if (!recent.isEmpty() && random.nextDouble() < COPY_SHARE) {
            Article[] pool = recent.toArray(new Article[0]);
            return copy(index, pool[random.nextInt(pool.length)]);
        }
        Article a = original(index);
        recent.addLast(a);
        if (recent.size() > RECENT) {
            recent.removeFirst();
        }
        return a;
    }

    /** A syndicated copy: another source's dateline and credit, maybe a sentence fewer or a word changed. */
    private Article copy(int index, Article of) {
        String source = pick(SOURCES.stream().filter(s -> !s.equals(of.source())).toList());
        String text = of.text();
        List<FigureSentences.Truth> figures = of.figures();
        switch (random.nextInt(3)) {
            case 0 -> { // the last sentence cut for length
                int cut = Math.max(text.lastIndexOf(". "), text.lastIndexOf(".\n"));
                if (cut > text.length() / 2) {
                    text = text.substring(0, cut + 1);
                    int kept = cut + 1;
                    figures = figures.stream().filter(f -> f.end() <= kept).toList();
                }
            }
            case 1 -> {
                java.util.regex.Matcher said = SAID.matcher(text);
                if (said.find()) {
                    int at = said.start();
                    text = text.substring(0, at) + "told reporters" + text.substring(said.end());
                    int by = "told reporters".length() - "said".length();
                    figures = figures.stream().map(f -> f.begin() > at ? f.shifted(by) : f).toList();
                }
            }
            default -> { }
        }
        String dateline = pick(List.of("KABUL", "GENEVA", "NAIROBI", "BEIRUT", "NEW YORK")) + " (" + source + ") - ";
        int datelineLength = dateline.length();
        figures = figures.stream().map(f -> f.shifted(datelineLength)).toList();
        text = dateline + text + "\n\n" + pick(List.of("Reporting by staff; editing by the desk.",
                "(Additional reporting by correspondents.)", "Copyright " + source + "."));
        String published = of.published().length() == 10 && random.nextBoolean()
                ? LocalDate.parse(of.published()).plusDays(1 + random.nextInt(2)).toString() : of.published();
        return new Article(String.format(Locale.ROOT, "syn-%08d", index), of.title(), text, published, source, of.id(),
                figures);
    }

    private Article original(int index) {
        LocalDate date = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(6 * 365));
        int sentences = lengths == Lengths.SHORT ? 6 + random.nextInt(15) : Integer.MAX_VALUE;
        int words = lengths == Lengths.SHORT ? 0 : wordTarget();
        named.clear();
        StringBuilder text = new StringBuilder();
        List<FigureSentences.Truth> figures = new java.util.ArrayList<>();
        String title = null;
        int written = 0; // words so far: the text is sentences joined by whitespace
        for (int s = 0; s < sentences && (words == 0 || written < words); s++) {
            FigureSentences.Sentence figureSentence = null;
            String sentence = switch (random.nextInt(6)) {
                case 0, 1 -> action();
                case 2 -> quote();
                case 3 -> {
                    if (lengths == Lengths.SHORT) {
                        yield displacement();
                    }
                    figureSentence = figureSentences.next();
                    yield figureSentence.text();
                }
                default -> pick(FILLER);
            };
            if (title == null) {
                title = sentence.substring(0, sentence.length() - 1);
            }
            if (s > 0) {
                text.append(s % 3 == 0 ? "\n\n" : " ");
            }
            if (figureSentence != null) {
                int at = text.length();
                figureSentence.figures().forEach(f -> figures.add(f.shifted(at)));
            }
            text.append(sentence);
            written += wordCount(sentence);
        }
        String published = switch (random.nextInt(20)) {
            case 0 -> date.atTime(random.nextInt(24), random.nextInt(60)).atOffset(ZoneOffset.UTC)
                    .format(DateTimeFormatter.RFC_1123_DATE_TIME);
            case 1 -> date.atTime(8, 30).atOffset(ZoneOffset.ofHours(3)).toString();
            default -> date.toString();
        };
        return new Article(String.format(Locale.ROOT, "syn-%08d", index), title, text.toString(), published,
                pick(SOURCES), null, List.copyOf(figures));
    }

    private static int wordCount(CharSequence text) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean w = !Character.isWhitespace(text.charAt(i));
            n += w && !in ? 1 : 0;
            in = w;
        }
        return n;
    }

    private String action() {
        return cap(actor()) + " " + pick(VERBS) + " " + actor() + " over " + pick(TOPICS) + " on "
                + pick(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")) + ".";
    }

    private String quote() {
        return cap(pick(PEOPLE)) + " said " + actor() + " " + pick(List.of("would", "could not", "must"))
                + " " + pick(List.of("negotiate with", "stop supporting", "protect", "cooperate with")) + " "
                + actor() + ".";
    }

    private String displacement() {
        String qualifier = pick(List.of("", "", "more than ", "up to ", "at least ", "about ", "nearly "));
        String number = number();
        boolean households = random.nextInt(4) == 0;
        String who = households ? pick(List.of("families", "households")) : pick(POPULATIONS);
        String term = households ? pick(HOUSEHOLD_TERMS) : pick(TERMS);
        String sentence = qualifier + number + " " + who + " " + term + " " + pick(CAUSES) + " in " + pick(PLACES)
                + ", " + pick(PEOPLE) + " said.";
        return cap(sentence);
    }

    private String number() {
        return switch (random.nextInt(7)) {
            case 0 -> String.format(Locale.ROOT, "%,d", 100 + random.nextInt(99_900));
            case 1 -> String.format(Locale.ROOT, "%.1f million", 1 + random.nextInt(40) / 10.0);
            case 2 -> pick(List.of("hundreds of", "thousands of", "tens of thousands of", "dozens of"));
            case 3 -> String.format(Locale.ROOT, "%,d", (1 + random.nextInt(90)) * 1000);
            case 4 -> String.format(Locale.ROOT, "between %,d and %,d", 1000 + random.nextInt(4000) / 100 * 100,
                    6000 + random.nextInt(4000) / 100 * 100);
            case 5 -> pick(List.of("three hundred", "two thousand", "five hundred"));
            default -> String.valueOf(10 + random.nextInt(990));
        };
    }

    private String pick(List<String> xs) {
        return xs.get(random.nextInt(xs.size()));
    }

    private static String cap(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Lets each JSON generator close without closing the shared writer. */
    private static final class NonClosingWriter extends java.io.FilterWriter {
        NonClosingWriter(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

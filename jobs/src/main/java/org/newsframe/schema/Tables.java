package org.newsframe.schema;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;

import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.types.DataTypes;

/**
 * Every table newsframe writes, declared once. The Spark jobs build their rows against these schemas,
 * {@code docs/tables.md} is generated from them ({@code bin/newsframe docs tables}), and a test keeps the
 * two in step.
 */
public final class Tables {

    private Tables() {}

    /** Partition column shared by the dated tables: {@code YYYY-MM} of pub_date, null when undated. */
    public static final String PUB_MONTH = "pub_month";

    /** The month partition of the article-dated tables: {@code YYYY-MM} of pub_date. */
    private static final MonthPartition BY_PUB_DATE = new MonthPartition(PUB_MONTH, "pub_date");

    private static Column pubMonth() {
        return new Column(PUB_MONTH, StringType, true,
                "Partition: `YYYY-MM` of pub_date; undated rows sit in the null partition (`__HIVE_DEFAULT_PARTITION__`).");
    }

    public static final TableSchema ARTICLES = new TableSchema("articles", "one accepted input article",
            List.of(
                    new Column("article_id", StringType, false,
                            "The input id when the record has one, else `h-` + 16 hex chars of SHA-256 over source, url, title and normalised text. Stable across runs."),
                    new Column("title", StringType, true, "Title, normalised like text (may be empty)."),
                    new Column("text", StringType, false,
                            "Body text after normalisation (NFC, control characters removed, spaces collapsed, one `\\n` between paragraphs). Every character offset in later tables points into this string."),
                    new Column("published_raw", StringType, true, "The published value exactly as it was in the input."),
                    new Column("published_at", TimestampType, true,
                            "Publication instant (UTC). Date-only inputs are midnight UTC; null when absent or unparseable."),
                    new Column("pub_date", DateType, true,
                            "Publication date as written by the source (local date of the stated zone); null when absent or unparseable."),
                    new Column("source", StringType, true, "Publisher or feed, from the mapped source field."),
                    new Column("url", StringType, true, "Article URL, from the mapped url field."),
                    new Column("text_chars", IntegerType, false, "Length of text in UTF-16 chars (the unit of every offset)."),
                    new Column("lang", StringType, false,
                            "Language of text (ISO 639-1, e.g. `en`, `fr`), from `language.detector`; `und` when the text holds too little prose to tell. The English-trained components read only `language.annotate` languages and `und`."),
                    new Column("lang_confidence", DoubleType, false,
                            "The detector's probability for its best language (3 decimals); 0 when there was too little prose to try."),
                    new Column("dup_cluster", StringType, false,
                            "Near-duplicate cluster: the article_id of the cluster's canonical copy (the article's own id when it has no copy). Copies: Jaccard similarity of word shingles ≥ `dedup.threshold` (docs/ingest.md#near-duplicates)."),
                    new Column("is_canonical", BooleanType, false,
                            "Whether this is its cluster's canonical copy: the earliest published_at (undated last), then the longest text, then the least article_id. `WHERE is_canonical` deduplicates."),
                    new Column("source_file", StringType, false, "Input file the record came from."),
                    new Column("record_number", LongType, false,
                            "1-based record position in its file (line for JSON Lines, row after the header for CSV, row for Parquet, 1 for a .txt file)."),
                    pubMonth()),
            Optional.of(BY_PUB_DATE));

    public static final TableSchema REJECTS = new TableSchema("rejects", "one input record that could not be used",
            List.of(
                    new Column("source_file", StringType, false, "Input file the record came from."),
                    new Column("record_number", LongType, false, "1-based record position in its file (0 when the whole file failed)."),
                    new Column("reason", StringType, false,
                            "Why it was rejected: `malformed_json`, `not_an_object`, `malformed_csv`, `missing_text`, `text_not_a_string`, `text_too_large`, `record_too_large`, `undecodable_bytes`, `duplicate_id`, `http_status`, `truncated_record`, `malformed_warc`, `unreadable_file`."),
                    new Column("detail", StringType, true, "Human-readable detail (parser message, sizes, the id that was duplicated)."),
                    new Column("article_id", StringType, true, "The article id, when one could be derived (set for `duplicate_id`)."),
                    new Column("raw_snippet", StringType, true, "The start of the raw record, truncated to `output.snippet-chars`.")),
            Optional.empty());

    public static final TableSchema ARTICLE_STATS = new TableSchema("article_stats",
            "one accepted article, with the sizes the annotate stage measured (the denominators for rates and NPMI)",
            List.of(
                    new Column("article_id", StringType, false, "Article id (articles.article_id)."),
                    new Column("pub_date", DateType, true, "Publication date."),
                    new Column("n_sentences", IntegerType, false, "Sentences in the text (the sentence windows of co-occurrence)."),
                    new Column("n_tokens", IntegerType, false, "Tokens in the text."),
                    new Column("n_mentions", IntegerType, false, "Actor mentions found."),
                    new Column("n_figures", IntegerType, false, "Displacement figures found (rows in displacement)."),
                    pubMonth()),
            Optional.of(BY_PUB_DATE));

    public static final TableSchema MENTIONS = new TableSchema("mentions", "one mention of an actor in an article",
            List.of(
                    new Column("article_id", StringType, false, "Article id (articles.article_id)."),
                    new Column("pub_date", DateType, true, "Publication date of the article."),
                    new Column("sentence_index", IntegerType, false, "0-based index of the sentence in the article."),
                    new Column("begin", IntegerType, false, "Start offset of the mention in articles.text."),
                    new Column("end", IntegerType, false, "End offset (exclusive): text = substring(articles.text, begin + 1, end - begin)."),
                    new Column("text", StringType, false, "The mention as written (\"U.S.\", \"Washington\", \"Shaheen\")."),
                    new Column("actor_id", StringType, false,
                            "Canonical actor id: ISO 3166 alpha-3 for countries (USA), POP_<ISO3> for a country's people, LOC_<NAME> for capitals named as places, dictionary ids (ISKP, TALIBAN), PER_/ORG_<NAME> for heuristic and model finds."),
                    new Column("actor_name", StringType, false, "Display name of the actor."),
                    new Column("actor_type", StringType, false,
                            "COUNTRY, GOVERNMENT, PERSON, ARMED_GROUP, IGO, NGO, ORGANIZATION, MEDIA, POPULATION or LOCATION."),
                    new Column("country", StringType, true, "ISO 3166 alpha-3 country of the actor, when it has one."),
                    new Column("source", StringType, false, "How it was found: `dictionary`, `tagger` (the name tagger), `heuristic` or `model` (the Spark NLP model stage)."),
                    new Column("metonym", BooleanType, false, "A capital standing for its government (\"Washington has confirmed\")."),
                    new Column("form", StringType, false,
                            "How the text names the actor: `name`, `adjective` (\"Pakistani officials\"), `people` (\"Afghans\"), `capital`, or `short` (a surname standing for a person named in full earlier)."),
                    new Column("sentiment", DoubleType, true,
                            "Targeted sentiment toward this actor in this sentence, -1 (negative) .. 1 (positive): the classifier's P(positive) - P(negative) by default, the rule score with `sentiment.model = rules`; see docs/sentiment.md. Null only when the annotate component `sentiment` is switched off."),
                    new Column("sentiment_label", StringType, true, "`negative`, `neutral` or `positive` (null without the `sentiment` component)."),
                    new Column("sentiment_confidence", DoubleType, true, "Confidence in the label, 0..1: the classifier's probability of it (at least 1/3), or the rules' distance from their thresholds (null without the `sentiment` component)."),
                    pubMonth()),
            Optional.of(BY_PUB_DATE));

    public static final TableSchema COOCCURRENCE = new TableSchema("cooccurrence",
            "one pair of actors mentioned together on one day, in one window type",
            List.of(
                    new Column("pub_date", DateType, true, "Publication date (null for undated articles)."),
                    new Column("window", StringType, false, "`sentence` (both in one sentence) or `document` (both in one article)."),
                    new Column("actor_a", StringType, false, "Actor id; actor_a < actor_b."),
                    new Column("actor_b", StringType, false, "Actor id."),
                    new Column("actor_a_name", StringType, false, "Display name of actor_a."),
                    new Column("actor_b_name", StringType, false, "Display name of actor_b."),
                    new Column("n_articles", LongType, false, "Articles in which the pair co-occurs in this window type."),
                    uniqueArticlesOf("n_articles"),
                    new Column("n_cooccurrences", LongType, false, "Windows (sentences or articles) containing both."),
                    new Column("n_windows", LongType, false, "All windows of that day: sentences (sentence) or articles (document)."),
                    new Column("n_a", LongType, false, "Windows of that day containing actor_a."),
                    new Column("n_b", LongType, false, "Windows of that day containing actor_b."),
                    new Column("npmi", DoubleType, false,
                            "Normalised PMI of the pair over that day's windows, in [-1, 1]: ln(p_ab / (p_a p_b)) / -ln(p_ab); 1 = always together."),
                    new Column("lift", DoubleType, false, "p_ab / (p_a p_b): how much more often together than if independent."),
                    pubMonth()),
            Optional.of(BY_PUB_DATE));

    public static final TableSchema ACTORS = new TableSchema("actors", "one actor seen in the corpus",
            List.of(
                    new Column("actor_id", StringType, false, "Canonical actor id."),
                    new Column("actor_name", StringType, false, "Display name."),
                    new Column("actor_type", StringType, false, "Actor type (see mentions.actor_type)."),
                    new Column("country", StringType, true, "ISO 3166 alpha-3 country, when it has one."),
                    new Column("source", StringType, false, "How it was found (`dictionary`, `tagger`, `heuristic`, `model`; the first of these that applies)."),
                    new Column("n_mentions", LongType, false, "Mentions in the corpus."),
                    new Column("n_articles", LongType, false, "Articles mentioning it."),
                    uniqueArticlesOf("n_articles"),
                    new Column("first_date", DateType, true, "Earliest pub_date of an article mentioning it."),
                    new Column("last_date", DateType, true, "Latest pub_date of an article mentioning it."),
                    new Column("surface_forms", DataTypes.createArrayType(StringType, false), false,
                            "Distinct ways it was written, most frequent first (up to 20).")),
            Optional.empty());

    public static final TableSchema ACTOR_RELATIONS = new TableSchema("actor_relations",
            "one directed relation between two actors stated in one sentence (who does what to whom)",
            List.of(
                    new Column("article_id", StringType, false, "Article id."),
                    new Column("pub_date", DateType, true, "Publication date."),
                    new Column("sentence_index", IntegerType, false, "Sentence of the relation."),
                    new Column("source_actor", StringType, false, "Actor id of the one acting (the subject)."),
                    new Column("source_name", StringType, false, "Its display name."),
                    new Column("target_actor", StringType, false, "Actor id of the one acted on (the object)."),
                    new Column("target_name", StringType, false, "Its display name."),
                    new Column("relation", StringType, false,
                            "CRITICIZE, ACCUSE, REJECT, THREATEN, ATTACK, WARN, DEMAND, SANCTION, DENY, URGE, MEET, NEGOTIATE, COOPERATE, PRAISE, SUPPORT, AID, AGREE or THANK (CAMEO mapping in docs/sentiment.md)."),
                    new Column("polarity", IntegerType, false, "-1 hostile, 0 neutral, 1 friendly; 0 when negated."),
                    new Column("negated", BooleanType, false, "The verb is negated (\"did not criticize\")."),
                    new Column("begin", IntegerType, false, "Start offset of the trigger words in articles.text."),
                    new Column("end", IntegerType, false, "End offset (exclusive) of the trigger words."),
                    new Column("trigger", StringType, false, "The words that state the relation (\"urged\", \"excluded the possibility of cooperating with\")."),
                    new Column("text", StringType, false, "The sentence; one longer than 1,000 characters is cut to the 1,000 around the relation."),
                    pubMonth()),
            Optional.of(BY_PUB_DATE));

    public static final TableSchema ACTOR_SENTIMENT = new TableSchema("actor_sentiment",
            "one actor on one day: how its mentions were portrayed",
            List.of(
                    new Column("pub_date", DateType, true, "Publication date (null for undated articles)."),
                    new Column("actor_id", StringType, false, "Actor id."),
                    new Column("actor_name", StringType, false, "Display name."),
                    new Column("n_mentions", LongType, false, "Mentions that day."),
                    new Column("n_articles", LongType, false, "Articles mentioning it that day."),
                    uniqueArticlesOf("n_articles"),
                    new Column("mean_sentiment", DoubleType, false,
                            "Mean sentiment (-1..1) with every article weighted alike: the mean of each article's mean mention sentiment, so one long article with many mentions counts as one voice (the interval is around it)."),
                    new Column("mention_mean_sentiment", DoubleType, false,
                            "Mean over mentions (each mention weighted alike); differs from mean_sentiment when articles mention the actor unequally often."),
                    new Column("n_positive", LongType, false, "Mentions labelled positive."),
                    new Column("n_neutral", LongType, false, "Mentions labelled neutral."),
                    new Column("n_negative", LongType, false, "Mentions labelled negative."),
                    new Column("ci_low", DoubleType, false,
                            "95% t-interval of the mean, lower bound; the unit is the article (its mean mention sentiment) when two or more articles, else the mention; [-1, 1] for a single mention."),
                    new Column("ci_high", DoubleType, false, "95% interval, upper bound."),
                    pubMonth()),
            Optional.of(BY_PUB_DATE));

    public static final TableSchema DISPLACEMENT = new TableSchema("displacement",
            "one displacement figure: a number of people or households displaced, evacuated, returned… as one sentence states it",
            List.of(
                    new Column("article_id", StringType, false, "Article id."),
                    new Column("pub_date", DateType, true, "Publication date."),
                    new Column("sentence_index", IntegerType, false, "0-based sentence index in the article."),
                    new Column("begin", IntegerType, false, "Start offset of the number, its qualifier words included (\"up to 1.3 million\")."),
                    new Column("end", IntegerType, false, "End offset (exclusive) of the number."),
                    new Column("sentence", StringType, false, "The sentence; one longer than 1,000 characters is cut to the 1,000 around the figure."),
                    new Column("quantity", LongType, false,
                            "The number as stated (1,300,000 for \"1.3 million\"); for a range or a vague amount its lower end."),
                    new Column("quantity_text", StringType, false, "The number as written, qualifier included."),
                    new Column("quantity_max", LongType, true,
                            "Upper end of a range (\"5,000 to 7,000\") or of a vague amount (\"thousands\": 2,000–9,999; docs/displacement.md); null for a single number."),
                    new Column("qualifier", StringType, false,
                            "`exact`, `approximately`, `more_than`, `at_least`, `less_than`, `up_to` or `range`."),
                    new Column("vague", BooleanType, false, "True for \"hundreds\", \"thousands of\", \"dozens\", \"tens of thousands\"."),
                    new Column("unit", StringType, false, "`people` or `households` (families, households, and homes/houses/shelters counted as destroyed or damaged)."),
                    new Column("unit_text", StringType, true, "The counted noun as written (\"families\", \"Afghans\", \"homes\"); null when elided (\"another 2,000\")."),
                    new Column("household_size", DoubleType, true,
                            "Persons per household used for people_estimate (the country's, else displacement.household-size.default); null when the unit is people."),
                    new Column("people_estimate", LongType, false, "quantity for people; quantity × household_size (rounded) for households."),
                    new Column("term", StringType, false,
                            "`displaced`, `fled`, `evacuated`, `refugees`, `asylum_seekers`, `returned`, `relocated`, `homeless`, `sheltered`, `destroyed_housing`, `damaged_housing`, `stranded`, `deported` (docs/displacement.md maps them to IDMC terms)."),
                    new Column("idmc_term", StringType, false, "The IDMC reporting term for term (\"Forced to flee\", \"Destroyed housing\")."),
                    new Column("trigger", StringType, false, "The words that gave the term (\"have been displaced\" → \"displaced\", \"return of\", \"forced to flee\")."),
                    new Column("population", StringType, true, "Who, when the figure names a population (\"Afghans\", \"Rohingya\", \"Syrian\" in \"Syrian refugees\")."),
                    new Column("population_actor_id", StringType, true, "Actor id of the population mention (e.g. `AFG` for Afghans, `POP_ROHINGYA`)."),
                    new Column("location", StringType, true, "The most specific place the sentence names (a city, a province or state, a country), as written."),
                    new Column("location_level", StringType, true, "`city`, `admin1` or `country`."),
                    new Column("country", StringType, true, "ISO3 country of the figure: from the location, else the population, else the article's most mentioned country."),
                    new Column("country_source", StringType, true, "Where country came from: `location`, `population` or `article`."),
                    new Column("cause", StringType, true, "`conflict` or `disaster` when stated (conflict and violence vs. natural hazard); null when the article says neither."),
                    new Column("hazard", StringType, true, "For disasters: `flood`, `storm`, `earthquake`, `tsunami`, `landslide`, `wildfire`, `volcano`, `drought`, `extreme_temperature`, `erosion`."),
                    new Column("cause_scope", StringType, true, "Where the cause was read: `sentence`, `context` (the sentence before) or `article` (majority of cause words)."),
                    new Column("reference_period", StringType, true, "The period the sentence states, as written (\"since 1 January 2016\", \"as of May 2015\")."),
                    new Column("period_start", DateType, true, "First day of reference_period, when it has one (a year-less date takes the year that puts it before pub_date)."),
                    new Column("period_end", DateType, true, "Last day of reference_period, when it has one (\"as of 3 January\" has only an end)."),
                    new Column("source", StringType, true, "Who the sentence attributes the figure to (\"Mohammad Arsa Kharoti\", \"OCHA\"); \"he\"/\"she\" takes the person named last in the two sentences before."),
                    new Column("source_actor_id", StringType, true, "Actor id of source."),
                    new Column("projected", BooleanType, false,
                            "True for a hedged future or a risk (\"up to 200,000 people could be displaced\", \"plans to evacuate 5,000\"): not a count of what happened; displacement_events leaves it out."),
                    new Column("decision", StringType, false,
                            "What kept the figure: `rules` (the extractor's rules) or `model` (the trained figure model, over a count of people or households the rules left; docs/displacement.md)."),
                    new Column("model_score", DoubleType, true, "The figure model's probability for a `model` figure; null for `rules`."),
                    pubMonth()),
            Optional.of(BY_PUB_DATE));

    public static final TableSchema DISPLACEMENT_EVENTS = new TableSchema("displacement_events",
            "one reported figure, however many articles reprint it: reports of the same country (or, without one, location), term and unit, with quantities within the tolerance of each other and dates within the window",
            List.of(
                    new Column("event_id", StringType, false, "Stable id: hash of country, term, unit and the first report's article_id and begin."),
                    new Column("country", StringType, true, "ISO3 country (null when no report had one)."),
                    new Column("term", StringType, false, "Term (as in displacement)."),
                    new Column("unit", StringType, false, "`people` or `households`."),
                    new Column("quantity", LongType, false, "The value reported most often (ties: the last report's in publication order, undated last)."),
                    new Column("quantity_min", LongType, false, "Smallest quantity among the reports."),
                    new Column("quantity_max", LongType, false, "Largest quantity among the reports."),
                    new Column("people_estimate", LongType, false, "people_estimate of a report of quantity."),
                    new Column("first_reported", DateType, true, "Earliest pub_date of the reports (null when all are undated)."),
                    new Column("last_reported", DateType, true, "Latest pub_date of the reports."),
                    new Column("n_reports", LongType, false, "Figures grouped here."),
                    new Column("n_articles", LongType, false, "Distinct articles among them."),
                    uniqueArticlesOf("n_articles"),
                    new Column("article_ids", DataTypes.createArrayType(StringType, false), false, "The articles, sorted."),
                    new Column("location", StringType, true, "The location reported most often (null when none)."),
                    new Column("cause", StringType, true, "The cause reported most often."),
                    new Column("hazard", StringType, true, "The hazard reported most often."),
                    new Column("population", StringType, true, "The population reported most often."),
                    new Column("pub_month", StringType, true, "Partition: `YYYY-MM` of first_reported; null partition when undated.")),
            Optional.of(new MonthPartition(PUB_MONTH, "first_reported")));

    private static Column period() {
        return new Column("period", StringType, false,
                "The period as a label: `2016-03-14` (day), `2016-W11` (ISO week), `2016-03` (month); `trends.period`.");
    }

    private static Column periodStart() {
        return new Column("period_start", DateType, false, "First day of the period (a Monday for ISO weeks).");
    }

    private static Column spikeScore(String of) {
        return new Column("spike_score", DoubleType, true,
                "Robust z-score of " + of + " against the trailing `trends.spike-window` periods: (x - median) / (1.4826 MAD), the scale at least sqrt(median + 1); null while fewer than 4 earlier periods exist (docs/trends.md).");
    }

    private static Column spike() {
        return new Column("spike", BooleanType, false,
                "spike_score >= `trends.spike-threshold` and the count at least `trends.spike-min-count`: \"what changed this period\" is `WHERE spike`.");
    }

    private static Column uniqueArticles() {
        return uniqueArticlesOf("n_articles");
    }

    private static Column uniqueArticlesOf(String of) {
        return new Column("n_articles_unique", LongType, false,
                "As " + of + ", counting each near-duplicate cluster (articles.dup_cluster) once: syndicated copies and reprints are one story. Equal to " + of + " with `dedup.enabled = false`.");
    }

    public static final TableSchema ACTOR_TRENDS = new TableSchema("actor_trends",
            "one actor in one period (zero-filled from the corpus's first period to its last): volume, share of voice, sentiment with its interval, change and spike",
            List.of(
                    period(), periodStart(),
                    new Column("actor_id", StringType, false, "Actor id (actors with at least `trends.min-mentions` mentions in the corpus)."),
                    new Column("actor_name", StringType, false, "Display name."),
                    new Column("actor_type", StringType, false, "Actor type."),
                    new Column("n_mentions", LongType, false, "Mentions in the period (0 in a filled gap)."),
                    new Column("n_articles", LongType, false, "Articles mentioning it in the period."),
                    uniqueArticles(),
                    new Column("share_of_voice", DoubleType, false, "n_mentions / all actor mentions of the period (0 when the period has none)."),
                    new Column("mean_sentiment", DoubleType, true,
                            "Mean sentiment with every article weighted alike (as actor_sentiment.mean_sentiment); null without scored mentions."),
                    new Column("ci_low", DoubleType, true, "95% t-interval of mean_sentiment over articles (over mentions with one article; -1 with one mention)."),
                    new Column("ci_high", DoubleType, true, "Upper bound."),
                    new Column("n_positive", LongType, false, "Mentions labelled positive."),
                    new Column("n_neutral", LongType, false, "Mentions labelled neutral."),
                    new Column("n_negative", LongType, false, "Mentions labelled negative."),
                    new Column("mentions_change", LongType, true, "n_mentions minus the previous period's; null in the first period."),
                    new Column("sentiment_change", DoubleType, true, "mean_sentiment minus the previous period's; null when either is null."),
                    spikeScore("n_mentions"), spike()),
            Optional.empty());

    public static final TableSchema PAIR_TRENDS = new TableSchema("pair_trends",
            "one actor pair in one period and window type (zero-filled): co-occurrences, NPMI over the period's windows, change and spike",
            List.of(
                    period(), periodStart(),
                    new Column("window", StringType, false, "`sentence` or `document` (as cooccurrence.window)."),
                    new Column("actor_a", StringType, false, "Actor id; actor_a < actor_b (pairs with at least `trends.min-pair` co-occurrences in the corpus, that window type)."),
                    new Column("actor_b", StringType, false, "Actor id."),
                    new Column("actor_a_name", StringType, false, "Display name of actor_a."),
                    new Column("actor_b_name", StringType, false, "Display name of actor_b."),
                    new Column("n_cooccurrences", LongType, false, "Windows of the period containing both (0 in a filled gap)."),
                    new Column("n_articles", LongType, false, "Articles in which they co-occur."),
                    uniqueArticles(),
                    new Column("n_windows", LongType, false, "All windows of the period (sentences, or articles)."),
                    new Column("n_a", LongType, false, "Windows of the period containing actor_a."),
                    new Column("n_b", LongType, false, "Windows of the period containing actor_b."),
                    new Column("npmi", DoubleType, true, "Normalised PMI over the period's windows in [-1, 1] (as cooccurrence.npmi); null when they never co-occur in the period."),
                    new Column("cooccurrences_change", LongType, true, "n_cooccurrences minus the previous period's; null in the first period."),
                    new Column("npmi_change", DoubleType, true, "npmi minus the previous period's; null when either is null."),
                    spikeScore("n_cooccurrences"), spike()),
            Optional.empty());

    public static final TableSchema DISPLACEMENT_TRENDS = new TableSchema("displacement_trends",
            "one country, term and unit in one period (zero-filled): figures reported, new events, the largest figure, people",
            List.of(
                    period(), periodStart(),
                    new Column("country", StringType, true, "ISO3 country (null: figures without one)."),
                    new Column("term", StringType, false, "Term (as in displacement)."),
                    new Column("unit", StringType, false, "`people` or `households`."),
                    new Column("n_figures", LongType, false, "Figures (reports, projections left out) published in the period, reprints included."),
                    new Column("n_new_events", LongType, false, "displacement_events first reported in the period: a reprinted figure counts once, when it first appears."),
                    new Column("largest_quantity", LongType, true, "The largest quantity reported in the period; null without figures."),
                    new Column("people_estimate", LongType, false,
                            "Sum of people_estimate over the events first reported in the period (each reprinted figure once; figures of one place that overlap are not merged: a sum of reported figures, not a count of people)."),
                    new Column("new_events_change", LongType, true, "n_new_events minus the previous period's; null in the first period."),
                    spikeScore("n_new_events"), spike()),
            Optional.empty());

    /** Tables in the order the pipeline writes them. */
    public static List<TableSchema> all() {
        return List.of(ARTICLES, REJECTS, ARTICLE_STATS, MENTIONS, ACTOR_RELATIONS, DISPLACEMENT, COOCCURRENCE,
                ACTORS, ACTOR_SENTIMENT, DISPLACEMENT_EVENTS, ACTOR_TRENDS, PAIR_TRENDS, DISPLACEMENT_TRENDS);
    }

    public static TableSchema byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table named " + name));
    }

    /** Markdown reference of every table, as in docs/tables.md. */
    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Tables\n\n")
          .append("Generated from `org.newsframe.schema.Tables` by `bin/newsframe docs tables`; a test fails when this file and the code disagree.\n")
          .append("Every table is Parquet, in the folder the output's current version names (`<output>/_commits/`, highest number; see running.md). Offsets (`begin`, `end`) are UTF-16 char offsets into `articles.text`, end exclusive.\n");
        for (TableSchema t : all()) {
            md.append("\n## `").append(t.name()).append("`\n\n")
              .append("One row = ").append(t.grain()).append(".");
            t.partitionColumn().ifPresent(p -> md.append(" Partitioned by `").append(p).append("`."));
            md.append("\n\n| column | type | null | meaning |\n|---|---|---|---|\n");
            for (Column c : t.columns()) {
                md.append("| `").append(c.name()).append("` | ").append(c.type().simpleString())
                  .append(" | ").append(c.nullable() ? "yes" : "no").append(" | ")
                  .append(c.doc().replace("|", "\\|")).append(" |\n");
            }
        }
        return md.toString();
    }
}

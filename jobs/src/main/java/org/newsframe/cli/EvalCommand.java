package org.newsframe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.newsframe.annotate.ArticleAnnotator;
import org.newsframe.annotate.Extractors;
import org.newsframe.annotate.ModelChunk;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.eval.ArticleTexts;
import org.newsframe.eval.ConllDocuments;
import org.newsframe.eval.DisplacementEvaluation;
import org.newsframe.eval.HtmlEvaluation;
import org.newsframe.html.HtmlExtractors;
import org.newsframe.eval.LabelledSentences;
import org.newsframe.eval.NerEvaluation;
import org.newsframe.eval.NerModelChunks;
import org.newsframe.eval.TaggerData;
import org.newsframe.ner.NameTagger;
import org.newsframe.eval.SentimentBenchmarks;
import org.newsframe.ingest.InputException;
import org.newsframe.sentiment.SentenceTargets;
import org.newsframe.spark.Sessions;
import org.newsframe.sparknlp.NerChunker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsframe eval …}: measure the extractors against labelled data. The extractors come from
 * {@link Extractors}, as in {@code run}; loading and scoring live in {@code org.newsframe.eval}; this class
 * parses options and prints.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate an extractor against a labelled set.",
        subcommands = {EvalCommand.Ner.class, EvalCommand.Sentiment.class, EvalCommand.Displacement.class,
                EvalCommand.Html.class, EvalCommand.Lang.class, EvalCommand.Dedup.class,
                EvalCommand.Generated.class})
final class EvalCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (ner, sentiment, displacement, html)");
    }

    /** {@code eval displacement --idmc FILE [--errors FILE]}. */
    @Command(name = "displacement", mixinStandardHelpOptions = true,
            description = {"Displacement figures against an IDMC-style labelled CSV (Excerpt, Displacement figure,",
                    "Reporting term, Reporting unit, Location (Country)): each excerpt through the annotate stage's",
                    "extractor; quantity exact-match, weighted F1 and accuracies of unit, term (mapped to IDMC terms)",
                    "and country. With --sentences, also (or only) against sentences labelled by the project",
                    "(id TAB sentence TAB quantity|unit|term ; …): recall and precision of quantity and unit, term accuracy."})
    static final class Displacement implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--idmc", paramLabel = "FILE", description = "IDMC labelled CSV (idmc_fully_labelled.csv).")
        Path idmc;

        @Option(names = "--sentences", paramLabel = "FILE",
                description = "Labelled sentences, TSV (the project's own: jobs/src/test/resources/displacement/*.tsv). Repeatable.")
        List<Path> sentences = new java.util.ArrayList<>();

        @Option(names = "--sentence-errors", paramLabel = "FILE", description = "Write the sentences with a missed, false or wrongly termed figure (TSV).")
        Path sentenceErrors;

        @Option(names = "--errors", paramLabel = "FILE", description = "Also write every excerpt whose answer differs from the label (TSV).")
        Path errors;

        @Option(names = "--articles", paramLabel = "FILE",
                description = "The excerpts' articles as JSON Lines with url and text (displacement_news.jsonl): also score the excerpts found in their article, with the article as context.")
        Path articles;

        @Mixin
        SessionOptions session;

        @Override
        public Integer call() throws IOException {
            if (idmc == null && sentences.isEmpty()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --idmc or --sentences");
            }
            NewsframeConfig config = session.load(List.of());
            PrintWriter out = spec.commandLine().getOut();
            ArticleAnnotator annotator = Extractors.load(config).annotator(config);
            StringBuilder sentenceErrorRows = new StringBuilder();
            for (Path file : sentences) {
                SessionOptions.requireFile(file);
                List<LabelledSentences.Sentence> labelled;
                try {
                    labelled = LabelledSentences.read(file);
                } catch (IllegalArgumentException e) {
                    throw new InputException(e.getMessage());
                }
                LabelledSentences result = LabelledSentences.run(labelled, annotator);
                out.print(result.report("sentences " + file));
                sentenceErrorRows.append(result.errorsTsv());
            }
            if (sentenceErrors != null) {
                Files.writeString(sentenceErrors, sentenceErrorRows.toString());
                out.println("sentence errors: " + sentenceErrors);
            }
            if (idmc == null) {
                out.flush();
                return ExitCodes.OK;
            }
            SessionOptions.requireFile(idmc);
            int[] skipped = new int[1];
            List<DisplacementEvaluation.Labelled> gold;
            try {
                gold = DisplacementEvaluation.read(idmc, skipped);
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
            DisplacementEvaluation eval = DisplacementEvaluation.run(gold, annotator);
            out.print(eval.report(String.format("IDMC %s (%d labelled excerpts, %d rows without excerpt or figure skipped)",
                    idmc, gold.size(), skipped[0])));
            if (articles != null) {
                SessionOptions.requireFile(articles);
                DisplacementEvaluation inContext =
                        DisplacementEvaluation.runInArticles(gold, ArticleTexts.read(articles, "url"), annotator);
                out.print(inContext.report(String.format("IDMC excerpts located in their article of %s (%d of %d), article as context",
                        articles, inContext.outcomes().size(), gold.size())));
                out.print(eval.subset(inContext).report("the same excerpts, alone"));
            }
            if (errors != null) {
                Files.writeString(errors, eval.errorsTsv());
                out.println("errors: " + errors);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code eval html --dir DIR [--extractor NAME|all] [--pages]}. */
    @Command(name = "html", mixinStandardHelpOptions = true,
            description = {"Main-text extraction against pages with ground-truth bodies (DIR/ground-truth.json, DIR/html/KEY.html.gz,",
                    "the article-extraction benchmark's layout): precision, recall and F1 of 4-token shingles, per page",
                    "normalised, as the benchmark's evaluate.py; and pages per second."})
    static final class Html implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--dir", required = true, paramLabel = "DIR", description = "The labelled pages (e.g. ../shared/eval/html).")
        Path dir;

        @Option(names = "--extractor", defaultValue = "all", paramLabel = "NAME",
                description = "main, readability, boilerpipe, or all (default).")
        String extractor;

        @Option(names = "--pages", description = "Also print each page's F1 (worst first).")
        boolean pages;

        @Option(names = "--part", defaultValue = "all", paramLabel = "PART",
                description = {"all (default), dev or heldout: the project's split of the pages by the first hex digit",
                        "of their key (0-9 dev, the pages the extractor was tuned on; a-f held out, never inspected)."})
        String part;

        @Override
        public Integer call() throws IOException {
            if (!Files.isDirectory(dir)) {
                throw new InputException("not a directory: " + dir);
            }
            PrintWriter out = spec.commandLine().getOut();
            List<HtmlEvaluation.LabelledPage> labelled = HtmlEvaluation.part(HtmlEvaluation.load(dir), part);
            List<String> names = extractor.equals("all") ? HtmlExtractors.NAMES : List.of(extractor);
            out.printf("%s: %d pages (" + part + ")%n%n%-12s %9s %9s %9s %10s%n", dir, labelled.size(), "extractor", "precision",
                    "recall", "F1", "pages/s");
            for (String name : names) {
                HtmlExtractors.byName(name).extract("<p>warm up</p>", null);
                HtmlEvaluation.Result r = HtmlEvaluation.score(HtmlExtractors.byName(name), labelled);
                out.printf("%-12s %9.3f %9.3f %9.3f %10.0f%n", name, r.precision(), r.recall(), r.f1(),
                        labelled.size() / (r.millis() / 1000));
                if (pages) {
                    r.pages().stream().sorted(java.util.Comparator.comparingDouble(HtmlEvaluation.PageScore::f1))
                            .forEach(ps -> out.printf("    %.3f  %s%n", ps.f1(), ps.key()));
                }
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code eval ner --conll FILE [--model DIR]}. */
    @Command(name = "lang", mixinStandardHelpOptions = true,
            description = {"Score the language detector (language.detector) on JSON Lines corpora: accuracy on the texts",
                    "it determined, how many it left und, and texts/s on one core (docs/ingest.md)."})
    static final class Lang implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--jsonl", required = true, paramLabel = "FILE", description = "A corpus (id and text fields); repeatable.")
        List<Path> corpora;

        @Option(names = "--labels", paramLabel = "TSV",
                description = "id<TAB>language for the texts not in --default (e.g. jobs/src/test/resources/lang/corpus-languages.tsv).")
        Path labels;

        @Option(names = "--default", defaultValue = "en", paramLabel = "LANG", description = "Language of unlabelled texts (default en).")
        String defaultLang;

        @Option(names = "--detector", defaultValue = "optimaize", paramLabel = "NAME", description = "optimaize (default) or none.")
        String detector;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Map<String, String> gold = labels == null ? Map.of() : org.newsframe.eval.LanguageEvaluation.labels(labels);
            org.newsframe.lang.LanguageIdentifier id = org.newsframe.lang.LanguageIdentifiers.get(detector);
            id.identify("warm up the profiles with a sentence of ordinary English words for the detector");
            out.printf("%-28s %7s %10s %7s %9s %7s %9s%n", "corpus", "texts", "determined", "right", "accuracy", "und", "texts/s");
            for (Path corpus : corpora) {
                Map<String, String> texts = org.newsframe.eval.ArticleTexts.read(corpus, "id");
                org.newsframe.eval.LanguageEvaluation.Result r = org.newsframe.eval.LanguageEvaluation.score(id, texts, gold, defaultLang);
                out.printf("%-28s %7d %10d %7d %9.4f %7d %9.0f%n", corpus.getFileName(), texts.size(), r.determined(), r.right(),
                        r.accuracy(), texts.size() - r.determined(), texts.size() / (r.millis() / 1000));
                for (Map.Entry<String, long[]> e : r.byLanguage().entrySet()) {
                    if (!e.getKey().equals(defaultLang) || r.byLanguage().size() > 1) {
                        out.printf("    %-6s %6d texts, %6d determined, %6d right%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2]);
                    }
                }
                r.wrong().stream().limit(10).forEach(o -> out.printf("    wrong: %s is %s, read as %s%n", o.id(), o.gold(), o.guessed()));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "generated", mixinStandardHelpOptions = true,
            description = {"Score a run's displacement table against the figures generate wrote beside each realistic",
                    "article (offsets, quantity, range, unit, term, projected): figures right, wrong, missed and false.",
                    "Exit 1 when any figure differs."})
    static final class Generated implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "A run's output (its displacement table).")
        Path data;

        @Option(names = "--truth", required = true, paramLabel = "FILE", description = "The generate file the run read.")
        Path truth;

        @Option(names = "--show", defaultValue = "10", paramLabel = "N", description = "Print up to N differences.")
        int show;

        @picocli.CommandLine.Mixin
        SessionOptions session;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            NewsframeConfig config = session.load(List.of());
            SparkSession spark = Sessions.create(config, session.master);
            org.newsframe.io.TableViews.register(spark, data.toString()); // the output's current version
            var records = org.newsframe.eval.GeneratedFigures.records(spark, truth.toString()).cache();
            var displacement = spark.table("displacement");
            org.newsframe.eval.GeneratedFigures.Result r = org.newsframe.eval.GeneratedFigures.score(records, displacement);
            out.printf("%s: %,d articles with truth, %,d true figures, %,d rows in displacement%n", truth, r.articles(),
                    r.truth(), r.rows());
            out.printf("found at their offsets %,d; every field right %,d: recall %.4f, precision %.4f; false figures %,d%n",
                    r.found(), r.right(), r.recall(), r.precision(), r.falseFigures());
            if (show > 0) {
                for (org.apache.spark.sql.Row d : org.newsframe.eval.GeneratedFigures.differences(records, displacement)
                        .limit(show).collectAsList()) {
                    out.println("  " + d.mkString(" | "));
                }
            }
            out.flush();
            return r.right() == r.truth() && r.rows() == r.truth() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
        }
    }

    @Command(name = "dedup", mixinStandardHelpOptions = true,
            description = {"Score the near-duplicate clusters of a run's articles table (dup_cluster): pair recall and",
                    "precision against the copy_of field that generate writes, and a sample of pairs to read (docs/ingest.md)."})
    static final class Dedup implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", required = true, paramLabel = "DIR", description = "A run's output (its articles table).")
        Path data;

        @Option(names = "--truth", paramLabel = "FILE", description = "The JSON Lines input, with copy_of for each known copy.")
        Path truth;

        @Option(names = "--sample", defaultValue = "0", paramLabel = "N", description = "Print N clustered pairs to read (seed 1).")
        int sample;

        @Option(names = "--mllib", paramLabel = "TABLES", description = {"Also run Spark MLlib's MinHashLSH (this many hash",
                "tables) on the same texts at the same threshold, and print its time and how its pairs compare."})
        Integer mllibTables;

        @picocli.CommandLine.Mixin
        SessionOptions session;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            NewsframeConfig config = session.load(List.of());
            org.apache.spark.sql.SparkSession spark = org.newsframe.spark.Sessions.create(config, session.master);
            org.newsframe.io.TableViews.register(spark, data.toString()); // the output's current version
            org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> articles = spark.table("articles")
                    .select("article_id", "dup_cluster", "text");
            // an evaluation command, not a pipeline stage: the id → cluster map of the run comes to the driver
            Map<String, String> clusterOf = new java.util.HashMap<>();
            for (org.apache.spark.sql.Row r : articles.select("article_id", "dup_cluster").collectAsList()) {
                clusterOf.put(r.getString(0), r.getString(1));
            }
            Map<String, String> copyOf = truth == null ? Map.of() : org.newsframe.eval.DedupEvaluation.copies(truth);
            org.newsframe.eval.DedupEvaluation.Result r = org.newsframe.eval.DedupEvaluation.score(clusterOf, copyOf);
            out.printf("%s: %,d articles, %,d clusters of two or more holding %,d articles (%,d copies beyond the canonical)%n",
                    data, clusterOf.size(), r.clusters(), r.clustered(), r.clusterPairs());
            if (truth != null) {
                out.printf("known copies: %,d pairs; recall %.4f (%,d in one cluster); precision %.4f (%,d of %,d clustered pairs are copies)%n",
                        r.truePairs(), r.recall(), r.truePairsFound(), r.precision(), r.clusterPairsRight(), r.clusterPairs());
            }
            if (mllibTables != null) {
                out.println(org.newsframe.eval.MllibDedup.compare(articles, clusterOf, config.dedup(), mllibTables));
            }
            List<org.newsframe.eval.DedupEvaluation.Pair> pairs = org.newsframe.eval.DedupEvaluation.sample(
                    org.newsframe.eval.DedupEvaluation.pairs(clusterOf), sample, 1);
            if (!pairs.isEmpty()) {
                java.util.Set<String> ids = new java.util.HashSet<>();
                pairs.forEach(p -> { ids.add(p.member()); ids.add(p.canonical()); });
                Map<String, String> texts = new java.util.HashMap<>();
                for (org.apache.spark.sql.Row t : articles.filter(org.apache.spark.sql.functions.col("article_id").isin(ids.toArray()))
                        .select("article_id", "text").collectAsList()) {
                    texts.put(t.getString(0), t.getString(1));
                }
                for (org.newsframe.eval.DedupEvaluation.Pair p : pairs) {
                    out.printf("%n%s  ~  %s (canonical)%n  %s%n  %s%n", p.member(), p.canonical(), snippet(texts.get(p.member())),
                            snippet(texts.get(p.canonical())));
                }
            }
            out.flush();
            return 0;
        }

        private static String snippet(String t) {
            String s = t == null ? "" : t.replace('\n', ' ');
            return s.length() <= 160 ? s : s.substring(0, 160) + " …";
        }
    }

    @Command(name = "ner", mixinStandardHelpOptions = true,
            description = {"Actor mentions mapped to CoNLL types (PER, ORG, LOC, MISC) against a CoNLL-2003 file:",
                    "precision, recall and F1 per type, exact span match. With --model, also the Spark NLP model alone",
                    "and merged with the fast path (as the annotate stage merges them)."})
    static final class Ner implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL-2003 file (e.g. eng.testa).")
        Path conll;

        @Option(names = "--model", paramLabel = "DIR", description = "A saved Spark NLP NER pipeline (train-ner).")
        String model;

        @Mixin
        SessionOptions session;

        @Override
        public Integer call() throws IOException {
            SessionOptions.requireFile(conll);
            NewsframeConfig config = session.load(List.of());
            PrintWriter out = spec.commandLine().getOut();
            List<ConllDocuments.Document> docs = ConllDocuments.read(conll);
            long sentences = docs.stream().mapToLong(ConllDocuments.Document::sentences).sum();
            ArticleAnnotator annotator = Extractors.load(config).annotator(config);

            NerEvaluation fast = new NerEvaluation();
            long t0 = System.nanoTime();
            for (ConllDocuments.Document d : docs) {
                fast.add(d.entities(), annotator.annotate(d.text()).mentions());
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf("%s: %d documents, %d sentences%n%n", conll, docs.size(), sentences);
            NameTagger tagger = Extractors.nameTagger(config.actors().tagger());
            out.println(fast.table(String.format("default path (dictionary%s + heuristic), %.2f s",
                    tagger == null ? "" : " + name tagger", secs)));
            if (tagger != null) {
                out.println();
                out.println(TaggerData.evaluate(tagger, docs).table("name tagger alone (actors.tagger = " + config.actors().tagger() + ")"));
                out.println(TaggerData.speed(tagger, docs, 5));
            }
            if (model != null) {
                SparkSession spark = Sessions.create(config, session.master);
                PipelineModel pipeline = NerChunker.load(model);
                Map<String, List<ModelChunk>> chunks = NerModelChunks.byDocument(spark, pipeline, docs);
                NerEvaluation alone = new NerEvaluation();
                NerEvaluation merged = new NerEvaluation();
                for (ConllDocuments.Document d : docs) {
                    List<ModelChunk> cs = chunks.getOrDefault(d.id(), List.of());
                    alone.add(d.entities(), NerModelChunks.asMentions(cs));
                    merged.add(d.entities(), annotator.annotate(d.text(), cs).mentions());
                }
                out.println();
                out.println(alone.table("Spark NLP model alone (" + model + ")"));
                out.println();
                out.println(merged.table("fast path + model (as in the annotate stage)"));
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** {@code eval sentiment}: targeted (NewsMTSC), entity-level (BASIL) and sentence-level (NYT snippets). */
    @Command(name = "sentiment", mixinStandardHelpOptions = true,
            description = {"Targeted sentiment against labelled sets: NewsMTSC (accuracy, F1-macro), BASIL",
                    "article-level entity sentiment (mentions of the entity averaged per article), and the NYT",
                    "editorial snippets (Pearson r of sentence valence with the mean human rating)."})
    static final class Sentiment implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--newsmtsc", paramLabel = "FILE", description = "NewsMTSC JSON Lines (e.g. devtest_mt.jsonl).")
        Path newsmtsc;

        @Option(names = "--basil", paramLabel = "FILE", description = "BASIL entity sentiment JSON Lines.")
        Path basil;

        @Option(names = "--basil-articles", paramLabel = "FILE", description = "The BASIL articles (basil.jsonl).")
        Path basilArticles;

        @Option(names = "--nyt", paramLabel = "FILE", description = "NYT editorial snippets TSV (id, rating, sentence).")
        Path nyt;

        @Option(names = "--model", paramLabel = "MODEL",
                description = "The sentiment model to score beside the rules: builtin (the default, shipped), rules, or a file train-sentiment wrote (sets sentiment.model).")
        String model;

        @Mixin
        SessionOptions session;

        @Override
        public Integer call() throws IOException {
            NewsframeConfig config = session.load(model == null ? List.of() : List.of("sentiment.model=" + model));
            PrintWriter out = spec.commandLine().getOut();
            if (newsmtsc == null && basil == null && nyt == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --newsmtsc, --basil or --nyt");
            }
            Extractors extractors = Extractors.load(config);
            SentenceTargets targets = extractors.sentenceTargets();
            if (newsmtsc != null) {
                SessionOptions.requireFile(newsmtsc);
                SentimentBenchmarks.NewsMtscResult r = SentimentBenchmarks.newsMtsc(newsmtsc, targets);
                out.println(r.floor().report("NewsMTSC " + newsmtsc + ": sentence-level lexicon floor (VADER-style compound, +/-0.05)"));
                out.println(r.rules().report(String.format("NewsMTSC: rules (sentiment.model = rules), %,.0f targets/s on one core",
                        r.rulesPerSecond())));
                if (r.model() != null) {
                    out.println(r.model().report(String.format("NewsMTSC: classifier (sentiment.model = %s), %,.0f targets/s on one core"
                            + " (mention finding, rules, features and model)", config.sentimentModel(), r.modelPerSecond())));
                }
            }
            if (basil != null) {
                SessionOptions.requireFile(basil);
                if (basilArticles == null) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--basil needs --basil-articles");
                }
                SessionOptions.requireFile(basilArticles);
                SentimentBenchmarks.BasilResult r = SentimentBenchmarks.basil(basil, basilArticles, targets);
                out.println(r.evaluation().report("BASIL entity sentiment " + basil + " (" + r.notFound()
                        + " entities not found in their article, counted as neutral)"));
            }
            if (nyt != null) {
                SessionOptions.requireFile(nyt);
                SentimentBenchmarks.NytResult r = SentimentBenchmarks.nyt(nyt, extractors.scorer().rules());
                out.printf("NYT editorial snippets %s: n = %d, Pearson r = %.3f (sentence valence, normalised)%n%n",
                        nyt, r.n(), r.pearson());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}

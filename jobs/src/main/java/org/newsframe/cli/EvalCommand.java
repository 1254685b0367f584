package org.newsframe.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.newsframe.actors.Mention;
import org.newsframe.annotate.ArticleAnnotator;
import org.newsframe.annotate.ModelChunk;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.eval.ConllDocuments;
import org.newsframe.eval.NerEvaluation;
import org.newsframe.ingest.InputException;
import org.newsframe.spark.Sessions;
import org.newsframe.sparknlp.NerChunker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsframe eval …}: measure the extractors against labelled data. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate an extractor against a labelled set.",
        subcommands = {EvalCommand.Ner.class, EvalCommand.Sentiment.class, EvalCommand.Displacement.class})
final class EvalCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (ner, sentiment, displacement)");
    }

    /** {@code eval displacement --idmc FILE [--errors FILE]}. */
    @Command(name = "displacement", mixinStandardHelpOptions = true,
            description = {"Displacement figures against an IDMC-style labelled CSV (Excerpt, Displacement figure,",
                    "Reporting term, Reporting unit, Location (Country)): each excerpt through the annotate stage's",
                    "extractor; quantity exact-match, weighted F1 and accuracies of unit, term (mapped to IDMC terms)",
                    "and country."})
    static final class Displacement implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--idmc", required = true, paramLabel = "FILE", description = "IDMC labelled CSV (idmc_fully_labelled.csv).")
        Path idmc;

        @Option(names = "--errors", paramLabel = "FILE", description = "Also write every excerpt whose answer differs from the label (TSV).")
        Path errors;

        @Option(names = "--articles", paramLabel = "FILE",
                description = "The excerpts' articles as JSON Lines with url and text (displacement_news.jsonl): also score the excerpts found in their article, with the article as context.")
        Path articles;

        @Mixin
        SessionOptions session;

        @Override
        public Integer call() throws IOException {
            SessionOptions.requireFile(idmc);
            NewsframeConfig config = session.load(List.of());
            PrintWriter out = spec.commandLine().getOut();
            int[] skipped = new int[1];
            List<org.newsframe.eval.DisplacementEvaluation.Labelled> gold;
            try {
                gold = org.newsframe.eval.DisplacementEvaluation.read(idmc, skipped);
            } catch (IllegalArgumentException e) {
                throw new InputException(e.getMessage());
            }
            ArticleAnnotator annotator = new ArticleAnnotator(SessionOptions.dictionary(config),
                    config.actors().heuristic(), config.displacement().households());
            org.newsframe.eval.DisplacementEvaluation eval = org.newsframe.eval.DisplacementEvaluation.run(gold, annotator);
            out.print(eval.report(String.format("IDMC %s (%d labelled excerpts, %d rows without excerpt or figure skipped)",
                    idmc, gold.size(), skipped[0])));
            if (articles != null) {
                SessionOptions.requireFile(articles);
                Map<String, String> byUrl = new HashMap<>();
                com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
                for (String line : Files.readAllLines(articles)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    com.fasterxml.jackson.databind.JsonNode n = json.readTree(line);
                    if (n.hasNonNull("url") && n.hasNonNull("text")) {
                        byUrl.put(n.get("url").asText(), org.newsframe.ingest.TextNormalizer.normalize(n.get("text").asText()));
                    }
                }
                org.newsframe.eval.DisplacementEvaluation inContext =
                        org.newsframe.eval.DisplacementEvaluation.runInArticles(gold, byUrl, annotator);
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

    /** {@code eval ner --conll FILE [--model DIR]}. */
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
            ArticleAnnotator annotator = new ArticleAnnotator(SessionOptions.dictionary(config), config.actors().heuristic());

            NerEvaluation fast = new NerEvaluation();
            long t0 = System.nanoTime();
            List<List<Mention>> fastMentions = new ArrayList<>();
            for (ConllDocuments.Document d : docs) {
                List<Mention> ms = annotator.annotate(d.text()).mentions();
                fastMentions.add(ms);
                fast.add(d.entities(), ms);
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf("%s: %d documents, %d sentences%n%n", conll, docs.size(), sentences);
            out.println(fast.table(String.format("fast path (dictionary + heuristic), %.2f s", secs)));
            if (model != null) {
                SparkSession spark = Sessions.create(config, session.master);
                PipelineModel pipeline = NerChunker.load(model);
                StructType schema = new StructType().add("article_id", DataTypes.StringType).add("text", DataTypes.StringType);
                List<Row> rows = new ArrayList<>();
                for (ConllDocuments.Document d : docs) {
                    rows.add(RowFactory.create(d.id(), d.text()));
                }
                Dataset<Row> articles = spark.createDataFrame(rows, schema);
                Map<String, List<ModelChunk>> chunks = new HashMap<>();
                for (Row r : NerChunker.chunks(pipeline, articles).collectAsList()) {
                    chunks.computeIfAbsent(r.getString(0), k -> new ArrayList<>())
                            .add(new ModelChunk(r.getInt(1), r.getInt(2), r.getString(3), r.getString(4)));
                }
                NerEvaluation alone = new NerEvaluation();
                NerEvaluation merged = new NerEvaluation();
                for (int i = 0; i < docs.size(); i++) {
                    ConllDocuments.Document d = docs.get(i);
                    List<ModelChunk> cs = chunks.getOrDefault(d.id(), List.of());
                    List<Mention> modelOnly = new ArrayList<>();
                    for (ModelChunk c : cs) {
                        String type = c.label();
                        modelOnly.add(new Mention(0, c.begin(), c.end(), c.text(), "x",
                                "x", switch (type) {
                                    case "PER" -> org.newsframe.actors.ActorType.PERSON;
                                    case "ORG" -> org.newsframe.actors.ActorType.ORGANIZATION;
                                    case "LOC" -> org.newsframe.actors.ActorType.LOCATION;
                                    default -> org.newsframe.actors.ActorType.POPULATION;
                                }, null, Mention.MODEL, false, Mention.NAME));
                    }
                    alone.add(d.entities(), modelOnly);
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

        @Option(names = "--model", paramLabel = "DIR", description = "Also evaluate a model saved by train-sentiment.")
        String model;

        @Mixin
        SessionOptions session;

        @Override
        public Integer call() throws IOException {
            NewsframeConfig config = session.load(List.of());
            PrintWriter out = spec.commandLine().getOut();
            org.newsframe.sentiment.TargetedScorer scorer = new org.newsframe.sentiment.TargetedScorer(
                    org.newsframe.sentiment.Lexicon.get(), org.newsframe.sentiment.RelationLexicon.get());
            org.newsframe.sentiment.SentenceTargets targets = SessionOptions.sentenceTargets(config);
            com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
            if (newsmtsc == null && basil == null && nyt == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --newsmtsc, --basil or --nyt");
            }
            if (newsmtsc != null) {
                requireFile(newsmtsc);
                // one pass: the rule labels, the floor and the model's features all come from the same scoring
                List<org.newsframe.sentiment.TargetInput> inputs = org.newsframe.sentiment.NewsMtsc.read(newsmtsc);
                long t0 = System.nanoTime();
                List<org.newsframe.sentiment.TargetSentiment> scored = org.newsframe.sentiment.NewsMtsc.score(inputs, targets);
                double secs = (System.nanoTime() - t0) / 1e9;
                List<String> gold = org.newsframe.sentiment.NewsMtsc.gold(inputs);
                org.newsframe.sentiment.SentimentEvaluation eval = new org.newsframe.sentiment.SentimentEvaluation();
                org.newsframe.sentiment.SentimentEvaluation baseline = new org.newsframe.sentiment.SentimentEvaluation();
                int sentenceCue = org.newsframe.sentiment.TargetSentiment.CUE_NAMES.indexOf("sentence_sum");
                for (int i = 0; i < scored.size(); i++) {
                    eval.add(gold.get(i), scored.get(i).label());
                    double sv = scored.get(i).cues()[sentenceCue];
                    double norm = sv / Math.sqrt(sv * sv + 15);
                    baseline.add(gold.get(i), norm >= 0.05 ? "positive" : norm <= -0.05 ? "negative" : "neutral");
                }
                out.println(eval.report(String.format("NewsMTSC %s: rules, %,.0f targets/s on one core", newsmtsc,
                        eval.total() / secs)));
                out.println(baseline.report("NewsMTSC baseline: sentence-level lexicon (VADER-style compound, +/-0.05)"));
                if (model != null) {
                    SparkSession spark = Sessions.create(config, session.master);
                    org.apache.spark.ml.PipelineModel m = org.newsframe.sentiment.SentimentModel.load(model);
                    long t1 = System.nanoTime();
                    List<Row> predicted = org.newsframe.sentiment.SentimentModel.apply(m,
                            org.newsframe.sentiment.SentimentModel.trainingRows(spark, scored, gold)).select("label", "model_label").collectAsList();
                    double msecs = (System.nanoTime() - t1) / 1e9;
                    org.newsframe.sentiment.SentimentEvaluation me = new org.newsframe.sentiment.SentimentEvaluation();
                    for (Row r : predicted) {
                        me.add(org.newsframe.sentiment.SentimentEvaluation.LABELS.get((int) r.getDouble(0)), r.getString(1));
                    }
                    out.println(me.report(String.format("NewsMTSC: model %s (%,.0f targets/s incl. Spark job)", model,
                            predicted.size() / msecs)));
                }
            }
            if (basil != null) {
                requireFile(basil);
                if (basilArticles == null) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--basil needs --basil-articles");
                }
                requireFile(basilArticles);
                Map<String, String> texts = new HashMap<>();
                for (String line : Files.readAllLines(basilArticles)) {
                    if (!line.isBlank()) {
                        com.fasterxml.jackson.databind.JsonNode a = json.readTree(line);
                        texts.put(a.get("id").asText(), org.newsframe.ingest.TextNormalizer.normalize(a.get("text").asText()));
                    }
                }
                org.newsframe.sentiment.SentimentEvaluation eval = new org.newsframe.sentiment.SentimentEvaluation();
                long missing = 0;
                for (String line : Files.readAllLines(basil)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    com.fasterxml.jackson.databind.JsonNode e = json.readTree(line);
                    String text = texts.get(e.get("article_id").asText());
                    String gold = switch (e.get("author_feeling").asText()) {
                        case "pos" -> "positive";
                        case "neg" -> "negative";
                        default -> "neutral";
                    };
                    Double mean = text == null ? null : entityMean(text, e.get("entity").asText(), targets);
                    if (mean == null) {
                        missing++;
                        eval.add(gold, "neutral");
                        continue;
                    }
                    eval.add(gold, mean >= org.newsframe.sentiment.TargetedScorer.THRESHOLD ? "positive"
                            : mean <= -org.newsframe.sentiment.TargetedScorer.THRESHOLD ? "negative" : "neutral");
                }
                out.println(eval.report("BASIL entity sentiment " + basil + " (" + missing
                        + " entities not found in their article, counted as neutral)"));
            }
            if (nyt != null) {
                requireFile(nyt);
                List<Double> xs = new ArrayList<>();
                List<Double> ys = new ArrayList<>();
                for (String line : Files.readAllLines(nyt)) {
                    String[] parts = line.split("\t", 3);
                    if (parts.length < 3) {
                        continue;
                    }
                    String text = parts[2];
                    org.newsframe.text.AnalyzedText a = org.newsframe.text.TextAnalyzer.analyze(text);
                    double sum = 0;
                    for (org.newsframe.text.Sentence s : a.sentences()) {
                        sum += scorer.sentenceValence(a, s, null);
                    }
                    xs.add(sum / Math.sqrt(sum * sum + 15));
                    ys.add(Double.parseDouble(parts[1]));
                }
                out.printf("NYT editorial snippets %s: n = %d, Pearson r = %.3f (sentence valence, normalised)%n%n",
                        nyt, xs.size(), pearson(xs, ys));
            }
            out.flush();
            return ExitCodes.OK;
        }

        /** Mean sentiment of the entity's mentions (full name, or surname) in the article; null if none. */
        static Double entityMean(String text, String entity, org.newsframe.sentiment.SentenceTargets targets) {
            String[] parts = entity.split(" ");
            String surname = parts[parts.length - 1];
            org.newsframe.text.AnalyzedText a = org.newsframe.text.TextAnalyzer.analyze(text);
            double sum = 0;
            int n = 0;
            for (org.newsframe.text.Sentence s : a.sentences()) {
                String sentence = text.substring(s.begin(), s.end());
                List<org.newsframe.sentiment.TargetInput.Target> ts = new ArrayList<>();
                int from = 0;
                while (true) {
                    int full = sentence.indexOf(entity, from);
                    int sur = sentence.indexOf(surname, from);
                    int at = full >= 0 ? full : sur;
                    if (at < 0) {
                        break;
                    }
                    int len = full >= 0 ? entity.length() : surname.length();
                    ts.add(new org.newsframe.sentiment.TargetInput.Target(at, at + len, null));
                    from = at + len;
                }
                if (!ts.isEmpty()) {
                    for (org.newsframe.sentiment.TargetSentiment t : targets.score(sentence, ts)) {
                        sum += t.score();
                        n++;
                    }
                }
            }
            return n == 0 ? null : sum / n;
        }

        static double pearson(List<Double> x, List<Double> y) {
            int n = x.size();
            double mx = x.stream().mapToDouble(d -> d).average().orElse(0);
            double my = y.stream().mapToDouble(d -> d).average().orElse(0);
            double sxy = 0;
            double sxx = 0;
            double syy = 0;
            for (int i = 0; i < n; i++) {
                double dx = x.get(i) - mx;
                double dy = y.get(i) - my;
                sxy += dx * dy;
                sxx += dx * dx;
                syy += dy * dy;
            }
            return sxy / Math.sqrt(sxx * syy);
        }

        private static void requireFile(Path p) {
            SessionOptions.requireFile(p);
        }
    }
}

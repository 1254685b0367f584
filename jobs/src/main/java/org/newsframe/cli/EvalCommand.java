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
import org.newsframe.actors.Dictionaries;
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
        subcommands = {EvalCommand.Ner.class})
final class EvalCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (ner)");
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
            if (!Files.isRegularFile(conll)) {
                throw new InputException("no such file: " + conll);
            }
            NewsframeConfig config = session.load(List.of());
            PrintWriter out = spec.commandLine().getOut();
            List<ConllDocuments.Document> docs = ConllDocuments.read(conll);
            long sentences = docs.stream().mapToLong(ConllDocuments.Document::sentences).sum();
            ArticleAnnotator annotator = new ArticleAnnotator(
                    Dictionaries.load(config.actors(), new org.apache.hadoop.conf.Configuration()), config.actors().heuristic());

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
}

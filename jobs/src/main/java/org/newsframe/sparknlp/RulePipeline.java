package org.newsframe.sparknlp;

import com.johnsnowlabs.nlp.DocumentAssembler;
import com.johnsnowlabs.nlp.annotators.RegexMatcher;
import com.johnsnowlabs.nlp.annotators.TextMatcher;
import com.johnsnowlabs.nlp.annotators.Tokenizer;
import com.johnsnowlabs.nlp.annotators.sbd.pragmatic.SentenceDetector;
import com.johnsnowlabs.nlp.annotators.sda.pragmatic.SentimentDetector;
import com.johnsnowlabs.nlp.util.io.ReadAs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.newsframe.actors.ActorDictionary;

/**
 * The comparison point of {@code bench --spark-nlp}: what the same work looks like as a Spark NLP rule
 * pipeline — sentences (pragmatic detector), tokens, the actor dictionary's aliases matched with
 * {@link TextMatcher}, a sentence lexicon with {@link SentimentDetector} (the words and valences of
 * newsframe's own lexicon), and displacement-like counts with {@link RegexMatcher}. No trained model, so it
 * runs offline; it does less than the annotate stage (no targets, no figure fields), which makes it a
 * generous comparison.
 */
public final class RulePipeline {

    /** "1,200 people", "3.4 million refugees", "500 families": a number then a counted noun. */
    static final String FIGURE_RULE = "\\b\\d[\\d,.]*( million)? (people|persons|families|households|refugees|residents)\\b~figure";

    /** Lexicon entries SentimentDetector's comma-separated dictionary can hold: one plain word. */
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[a-z'-]+");

    private RulePipeline() {}

    /**
     * The fitted pipeline, text → {@code entities}, {@code sentiment}, {@code figures}. The dictionary file
     * and the lexicon file are written into {@code scratch} (local, so local mode reads them).
     */
    public static PipelineModel build(SparkSession spark, ActorDictionary dictionary, Map<String, Float> lexicon,
                                      Path scratch) throws IOException {
        Set<String> aliases = new TreeSet<>();
        dictionary.actors().forEach(a -> a.aliases().forEach(al -> aliases.add(al.text())));
        Path entities = scratch.resolve("entities.txt");
        Files.write(entities, aliases, StandardCharsets.UTF_8);
        Path words = scratch.resolve("sentiment.txt");
        Files.write(words, lexicon.entrySet().stream().filter(e -> e.getValue() != 0 && WORD.matcher(e.getKey()).matches())
                .map(e -> e.getKey() + "," + (e.getValue() > 0 ? "positive" : "negative")).sorted().toList(),
                StandardCharsets.UTF_8);
        scala.collection.immutable.Map<String, String> noOptions = new scala.collection.immutable.HashMap<>();
        DocumentAssembler document = (DocumentAssembler) new DocumentAssembler().setInputCol("text").setOutputCol("document");
        SentenceDetector sentence = new SentenceDetector();
        sentence.setInputCols(new String[] {"document"});
        sentence.setOutputCol("sentence");
        Tokenizer token = new Tokenizer();
        token.setInputCols(new String[] {"sentence"});
        token.setOutputCol("token");
        TextMatcher matcher = new TextMatcher();
        matcher.setInputCols(new String[] {"document", "token"});
        matcher.setOutputCol("entities");
        matcher.setEntities(entities.toUri().toString(), ReadAs.TEXT(), noOptions);
        matcher.setCaseSensitive(true);
        SentimentDetector sentiment = new SentimentDetector();
        sentiment.setInputCols(new String[] {"token", "sentence"});
        sentiment.setOutputCol("sentiment");
        sentiment.setDictionary(words.toUri().toString(), ",", ReadAs.TEXT(), noOptions);
        RegexMatcher figures = new RegexMatcher();
        figures.setInputCols(new String[] {"sentence"});
        figures.setOutputCol("figures");
        figures.setRules(new String[] {FIGURE_RULE});
        figures.setDelimiter("~");
        figures.setStrategy("MATCH_ALL");
        Pipeline p = new Pipeline().setStages(new PipelineStage[] {document, sentence, token, matcher, sentiment, figures});
        return p.fit(spark.emptyDataFrame().selectExpr("CAST(NULL AS STRING) AS text"));
    }

    /** Per article: id, how many entities and figures the pipeline found, and its sentiment label. */
    public static Dataset<Row> counts(PipelineModel model, Dataset<Row> articles) {
        return model.transform(articles.select("id", "text")).selectExpr("id", "size(entities) AS n_entities",
                "sentiment.result[0] AS sentiment", "size(figures) AS n_figures");
    }
}

package org.newsframe.annotate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsframe.actors.ActorDictionary;
import org.newsframe.actors.Dictionaries;
import org.newsframe.actors.Mention;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.displacement.Figure;
import org.newsframe.displacement.HouseholdSizes;
import org.newsframe.pipeline.RunContext;
import org.newsframe.sentiment.Relation;
import org.newsframe.sentiment.SentimentModel;
import org.newsframe.sentiment.TargetSentiment;
import org.newsframe.spark.Sessions;
import org.newsframe.pipeline.Stage;
import org.newsframe.tables.Tables;
import scala.collection.JavaConverters;

/**
 * Stage 2: {@code articles} → {@code mentions} (with targeted sentiment), {@code actor_relations},
 * {@code displacement} and {@code article_stats}, one pass per article with
 * {@link ArticleAnnotator} inside {@code mapPartitions}. The actor dictionary is built once on the driver
 * (so a bad user file fails the run before any work) and broadcast; each executor builds its matcher once.
 * When {@code ner.model} is set, the Spark NLP model's chunks are computed first and joined in per article.
 */
public final class AnnotateStage implements Stage {

    /** Columns a table row gets from its article when the nested rows are exploded. */
    private static final java.util.Set<String> ARTICLE_COLUMNS = java.util.Set.of("article_id", "pub_date", Tables.PUB_MONTH);

    /** A mention: the mentions table's columns, plus the rule scorer's evidence for sentiment.model. */
    static final StructType MENTION = Tables.MENTIONS.structWithout(ARTICLE_COLUMNS)
            // the rule scorer's evidence, for sentiment.model; empty when no model is configured
            .add("terms", DataTypes.createArrayType(DataTypes.StringType, false), false)
            .add("cues", DataTypes.createArrayType(DataTypes.DoubleType, false), false);

    /** A relation: the actor_relations table's columns. */
    static final StructType RELATION = Tables.ACTOR_RELATIONS.structWithout(ARTICLE_COLUMNS);

    /** A figure: the displacement table's columns. */
    static final StructType FIGURE = Tables.DISPLACEMENT.structWithout(ARTICLE_COLUMNS);

    static final StructType ANNOTATED = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("pub_date", DataTypes.DateType, true)
            .add("n_sentences", DataTypes.IntegerType, false)
            .add("n_tokens", DataTypes.IntegerType, false)
            .add("mentions", DataTypes.createArrayType(MENTION, false), false)
            .add("relations", DataTypes.createArrayType(RELATION, false), false)
            .add("figures", DataTypes.createArrayType(FIGURE, false), false);

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public void run(RunContext ctx) {
        SparkSession spark = ctx.spark();
        NewsframeConfig config = ctx.config();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ActorDictionary dictionary = Dictionaries.load(config.actors(), spark.sparkContext().hadoopConfiguration());
        ctx.log("  actor dictionary: " + dictionary.size() + " actors");
        Broadcast<ActorDictionary> dict = jsc.broadcast(dictionary);
        boolean heuristic = config.actors().heuristic();
        HouseholdSizes households = config.displacement().households();

        Dataset<Row> articles = ctx.read(Tables.ARTICLES).select("article_id", "pub_date", "text");
        int partitions = Math.max(jsc.defaultParallelism() * 3, 1);
        articles = articles.repartition(partitions);
        boolean withModel = !config.nerModel().isEmpty();
        if (withModel) {
            articles = org.newsframe.sparknlp.NerModelStage.withChunks(spark, config.nerModel(), articles);
            ctx.log("  ner model: " + config.nerModel());
        }
        boolean withSentimentModel = !config.sentimentModel().isEmpty();
        JavaRDD<Row> rows = articles.javaRDD().mapPartitions(
                it -> annotate(it, dict, heuristic, households, withModel, withSentimentModel));
        Dataset<Row> annotated = spark.createDataFrame(rows, ANNOTATED).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> stats = annotated
                    .withColumn("n_mentions", size(col("mentions")))
                    .withColumn("n_figures", size(col("figures")))
                    .withColumn(Tables.PUB_MONTH, date_format(col("pub_date"), "yyyy-MM"));
            ctx.write(Tables.ARTICLE_STATS, stats);
            Dataset<Row> mentions = annotated
                    .select(col("article_id"), col("pub_date"), explode(col("mentions")).as("m"))
                    .select(col("article_id"), col("pub_date"), col("m.*"))
                    .withColumn(Tables.PUB_MONTH, date_format(col("pub_date"), "yyyy-MM"));
            if (withSentimentModel) {
                ctx.log("  sentiment model: " + config.sentimentModel());
                mentions = SentimentModel.apply(SentimentModel.load(config.sentimentModel()), mentions)
                        .withColumn("sentiment", col("model_score"))
                        .withColumn("sentiment_label", col("model_label"))
                        .withColumn("sentiment_confidence", col("model_confidence"));
            }
            ctx.write(Tables.MENTIONS, mentions);
            Dataset<Row> relations = annotated
                    .select(col("article_id"), col("pub_date"), explode(col("relations")).as("r"))
                    .select(col("article_id"), col("pub_date"), col("r.*"))
                    .withColumn(Tables.PUB_MONTH, date_format(col("pub_date"), "yyyy-MM"));
            ctx.write(Tables.ACTOR_RELATIONS, relations);
            Dataset<Row> figures = annotated
                    .select(col("article_id"), col("pub_date"), explode(col("figures")).as("f"))
                    .select(col("article_id"), col("pub_date"), col("f.*"))
                    .withColumn(Tables.PUB_MONTH, date_format(col("pub_date"), "yyyy-MM"));
            ctx.write(Tables.DISPLACEMENT, figures);
        } finally {
            annotated.unpersist();
        }
    }

    private static Iterator<Row> annotate(Iterator<Row> it, Broadcast<ActorDictionary> dict, boolean heuristic,
                                          HouseholdSizes households, boolean withModel, boolean withEvidence) {
        ArticleAnnotator annotator = AnnotatorCache.get(dict, heuristic, households);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Row next() {
                Row a = it.next();
                List<ModelChunk> chunks = withModel ? chunks(a) : List.of();
                ArticleAnnotator.Result r = annotator.annotate(a.getString(2), chunks, Sessions.localDate(a.get(1)));
                List<Row> ms = new ArrayList<>(r.mentions().size());
                for (int i = 0; i < r.mentions().size(); i++) {
                    Mention m = r.mentions().get(i);
                    TargetSentiment ts = r.sentiments().get(i);
                    ms.add(RowFactory.create(m.sentenceIndex(), m.begin(), m.end(), m.text(), m.actorId(), m.actorName(),
                            m.actorType().name(), m.country(), m.source(), m.metonym(), m.form(), ts.score(), ts.label(),
                            ts.confidence(), withEvidence ? seq(ts.terms()) : EMPTY, withEvidence ? seq(cues(ts)) : EMPTY));
                }
                List<Row> rels = new ArrayList<>(r.relations().size());
                for (Relation x : r.relations()) {
                    rels.add(RowFactory.create(x.sentenceIndex(), x.sourceActor(), x.sourceName(), x.targetActor(),
                            x.targetName(), x.relation().name(), x.polarity(), x.negated(), x.begin(), x.end(),
                            x.trigger(), r.text().sentenceText(x.sentenceIndex(), x.begin(), x.end())));
                }
                List<Row> figs = new ArrayList<>(r.figures().size());
                for (Figure f : r.figures()) {
                    figs.add(figureRow(f, r.text().sentenceText(f.sentenceIndex(), f.begin(), f.end())));
                }
                return RowFactory.create(a.getString(0), a.get(1), r.text().sentences().size(),
                        r.text().tokens().size(), JavaConverters.asScalaBuffer(ms).toSeq(),
                        JavaConverters.asScalaBuffer(rels).toSeq(), JavaConverters.asScalaBuffer(figs).toSeq());
            }
        };
    }

    /** A figure as a row of {@link #FIGURE}, in the column order of {@code Tables.DISPLACEMENT}. */
    static Row figureRow(Figure f, String sentence) {
        return RowFactory.create(f.sentenceIndex(), f.begin(), f.end(), sentence, f.quantity(), f.quantityText(),
                f.quantityMax(), f.qualifier(), f.vague(), f.unit(), f.unitText(), f.householdSize(), f.peopleEstimate(),
                f.term().code(), f.term().idmc(), f.trigger(), f.population(), f.populationActor(), f.location(),
                f.locationLevel(), f.country(), f.countrySource(), f.cause(), f.hazard(), f.causeScope(),
                f.referencePeriod(), f.periodStart(), f.periodEnd(), f.source(), f.sourceActor());
    }

    private static final scala.collection.Seq<Object> EMPTY = JavaConverters.asScalaBuffer(new ArrayList<>()).toSeq();

    private static <T> scala.collection.Seq<T> seq(List<T> l) {
        return JavaConverters.asScalaBuffer(l).toSeq();
    }

    private static List<Double> cues(TargetSentiment ts) {
        List<Double> out = new ArrayList<>(ts.cues().length);
        for (double c : ts.cues()) {
            out.add(c);
        }
        return out;
    }

    private static List<ModelChunk> chunks(Row a) {
        int idx = a.fieldIndex("ner_chunks");
        if (a.isNullAt(idx)) {
            return List.of();
        }
        List<Row> rows = a.getList(idx);
        List<ModelChunk> out = new ArrayList<>(rows.size());
        for (Row c : rows) {
            out.add(new ModelChunk(c.getInt(0), c.getInt(1), c.getString(2), c.getString(3)));
        }
        return out;
    }
}

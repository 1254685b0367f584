package org.newsframe.annotate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.newsframe.actors.ActorDictionary;
import org.newsframe.actors.Dictionaries;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.pipeline.RunContext;
import org.newsframe.pipeline.Stage;
import org.newsframe.schema.RowShape;
import org.newsframe.schema.TableSchema;
import org.newsframe.schema.Tables;
import org.newsframe.spark.Sessions;
import org.newsframe.sparknlp.NerModelStage;

/**
 * Stage 2: {@code articles} → the tables of the enabled annotate components ({@code mentions},
 * {@code actor_relations}, {@code displacement}, {@code article_stats}; {@link AnnotateComponents}), one
 * pass per article with {@link ArticleAnnotator} inside {@code mapPartitions}.
 *
 * <p>The actor dictionary is built once on the driver (so a bad user file fails the run before any work)
 * and broadcast; each executor builds its extractors once. When {@code ner.model} is set, the Spark NLP
 * model's chunks are computed first and joined in per article. Each article becomes one row holding, per
 * table, the array of that table's rows; the stage persists it and explodes one table at a time.
 */
public final class AnnotateStage implements Stage {

    @Override
    public String name() {
        return "annotate";
    }

    @Override
    public List<TableSchema> reads() {
        return List.of(Tables.ARTICLES);
    }

    @Override
    public List<TableSchema> writes(NewsframeConfig config) {
        return AnnotateComponents.tables(AnnotateComponents.enabled(config));
    }

    /** Every component's table: one switched off has its table removed, never left from an earlier run. */
    @Override
    public List<TableSchema> owns(NewsframeConfig config) {
        return AnnotateComponents.tables(AnnotateComponents.all(config));
    }

    @Override
    public void run(RunContext ctx) {
        SparkSession spark = ctx.spark();
        NewsframeConfig config = ctx.config();
        List<AnnotateComponent> components = AnnotateComponents.enabled(config);
        ctx.log("  components: " + String.join(", ", components.stream().map(AnnotateComponent::name).toList()));
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        ActorDictionary dictionary = Dictionaries.load(config.actors(), spark.sparkContext().hadoopConfiguration());
        ctx.log("  actor dictionary: " + dictionary.size() + " actors");
        // the figure model is read again on each executor; reading it here first makes a missing or broken
        // file a configuration error before any work, not a failed task
        if (org.newsframe.annotate.Extractors.figureModel(config.displacement().model()) != null) {
            ctx.log("  figure model: " + config.displacement().model());
        }
        // a missing or broken tagger model fails here, on the driver, before any work (a usage error)
        if (org.newsframe.annotate.Extractors.nameTagger(config.actors().tagger()) != null) {
            ctx.log("  name tagger: " + config.actors().tagger());
        }
        Broadcast<ActorDictionary> dict = jsc.broadcast(dictionary);

        Dataset<Row> articles = ctx.read(Tables.ARTICLES).select("article_id", "pub_date", "text", "lang");
        org.newsframe.pipeline.Increment increment = ctx.increment();
        if (increment != null) {
            // an incremental run annotates the articles it added; the earlier ones' rows are kept as published
            articles = articles.join(increment.newArticles(), "article_id");
        }
        LanguageFacts languages = LanguageFacts.of(articles, config.language());
        ctx.report(languages);
        if (!languages.skippedByLanguage().isEmpty()) {
            ctx.log("  not read by the English-trained components (language.annotate = " + config.language().annotate()
                    + "): " + languages.skippedByLanguage());
        }
        articles = articles.repartition(Math.max(jsc.defaultParallelism() * 3, 1));
        boolean withModel = !config.nerModel().isEmpty();
        if (withModel) {
            articles = NerModelStage.withChunks(spark, config.nerModel(), articles);
            ctx.log("  ner model: " + config.nerModel());
        }
        List<AnnotateComponent> emitting = components.stream().filter(c -> c.table().isPresent()).toList();
        StructType annotatedType = annotatedType(emitting);
        JavaRDD<Row> rows = articles.javaRDD().mapPartitions(
                it -> annotate(it, dict, config, components, emitting, annotatedType, withModel));
        Dataset<Row> annotated = spark.createDataFrame(rows, annotatedType).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            for (TableSchema table : AnnotateComponents.tables(components)) {
                Dataset<Row> tableRows = annotated
                        .select(col("article_id"), col("pub_date"), explode(col(table.name())).as("r"))
                        .select(col("article_id"), col("pub_date"), col("r.*"));
                if (increment != null) {
                    var published = ctx.store().readPublished(table);
                    if (published.isPresent()) {
                        tableRows = tableRows.unionByName(published.get().selectExpr(tableRows.columns()));
                    }
                }
                ctx.write(table, tableRows);
            }
        } finally {
            annotated.unpersist();
        }
    }

    /** One row per article: its id and date, and per emitting component an array of its table's rows. */
    static StructType annotatedType(List<AnnotateComponent> emitting) {
        StructType t = new StructType()
                .add("article_id", DataTypes.StringType, false)
                .add("pub_date", DataTypes.DateType, true);
        for (AnnotateComponent c : emitting) {
            t = t.add(c.table().orElseThrow().name(), DataTypes.createArrayType(c.rowType(), false), false);
        }
        return t;
    }

    private static Iterator<Row> annotate(Iterator<Row> it, Broadcast<ActorDictionary> dict, NewsframeConfig config,
                                          List<AnnotateComponent> components, List<AnnotateComponent> emitting,
                                          StructType annotatedType, boolean withModel) {
        ArticleAnnotator annotator = new ArticleAnnotator(AnnotatorCache.get(dict, config), components, config.language());
        RowShape.Builder b = RowShape.of(annotatedType);
        RowShape.Field<String> id = b.field("article_id", String.class);
        RowShape.Field<java.time.LocalDate> date = b.field("pub_date", java.time.LocalDate.class);
        @SuppressWarnings("rawtypes")
        List<RowShape.Field<List>> tables = new ArrayList<>();
        for (AnnotateComponent c : emitting) {
            tables.add(b.field(c.table().orElseThrow().name(), List.class));
        }
        RowShape shape = b.build();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Row next() {
                Row a = it.next();
                java.time.LocalDate pub = Sessions.localDate(a.get(a.fieldIndex("pub_date")));
                ArticleDoc doc = annotator.annotate(a.getAs("article_id"), pub, a.getAs("text"), a.getAs("lang"),
                        withModel ? chunks(a) : List.of());
                Object[] v = shape.values();
                id.set(v, doc.articleId());
                date.set(v, pub);
                for (int i = 0; i < emitting.size(); i++) {
                    tables.get(i).set(v, emitting.get(i).rows(doc));
                }
                return shape.row(v);
            }
        };
    }

    private static List<ModelChunk> chunks(Row a) {
        int idx = a.fieldIndex("ner_chunks");
        if (a.isNullAt(idx)) {
            return List.of();
        }
        List<Row> rows = a.getList(idx);
        List<ModelChunk> out = new ArrayList<>(rows.size());
        for (Row c : rows) {
            out.add(new ModelChunk(c.getAs("begin"), c.getAs("end"), c.getAs("text"), c.getAs("label")));
        }
        return out;
    }
}

package org.newsframe.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.udf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.newsframe.config.InputFormat;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.dedup.MinHash;
import org.newsframe.io.InputLedger;
import org.newsframe.lang.LanguageGuess;
import org.newsframe.lang.LanguageIdentifiers;
import org.newsframe.pipeline.RunContext;
import org.newsframe.pipeline.Stage;
import org.newsframe.schema.RowShape;
import org.newsframe.schema.TableSchema;
import org.newsframe.schema.Tables;

/**
 * Stage 1: input files → {@code articles} and {@code rejects}.
 *
 * <p>Files are read inside Spark tasks (several files per task, any Hadoop file system), each record
 * mapped by {@link ArticleMapper}; Parquet inputs are read by Spark's own Parquet source with their row
 * index. Accepted records with an id seen earlier (by file, then record number) become
 * {@code duplicate_id} rejects. Records read = articles + rejects is checked and written to the manifest.
 */
public final class IngestStage implements Stage {

    /** All outcomes in one dataset: the article columns plus the reject columns. */
    static final StructType INGESTED = new StructType()
            .add("article_id", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("text", DataTypes.StringType)
            .add("published_raw", DataTypes.StringType)
            .add("published_at", DataTypes.TimestampType)
            .add("pub_date", DataTypes.DateType)
            .add("source", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("source_file", DataTypes.StringType, false)
            .add("record_number", DataTypes.LongType, false)
            .add("reason", DataTypes.StringType)
            .add("detail", DataTypes.StringType)
            .add("raw_snippet", DataTypes.StringType)
            .add("date_unparsed", DataTypes.BooleanType, false);

    private static final RowShape.Builder ROW = RowShape.of(INGESTED);
    private static final RowShape.Field<String> ARTICLE_ID = ROW.field("article_id", String.class);
    private static final RowShape.Field<String> TITLE = ROW.field("title", String.class);
    private static final RowShape.Field<String> TEXT = ROW.field("text", String.class);
    private static final RowShape.Field<String> PUBLISHED_RAW = ROW.field("published_raw", String.class);
    private static final RowShape.Field<java.time.Instant> PUBLISHED_AT = ROW.field("published_at", java.time.Instant.class);
    private static final RowShape.Field<java.time.LocalDate> PUB_DATE = ROW.field("pub_date", java.time.LocalDate.class);
    private static final RowShape.Field<String> SOURCE = ROW.field("source", String.class);
    private static final RowShape.Field<String> URL = ROW.field("url", String.class);
    private static final RowShape.Field<String> SOURCE_FILE = ROW.field("source_file", String.class);
    private static final RowShape.Field<Long> RECORD_NUMBER = ROW.field("record_number", Long.class);
    private static final RowShape.Field<String> REASON = ROW.field("reason", String.class);
    private static final RowShape.Field<String> DETAIL = ROW.field("detail", String.class);
    private static final RowShape.Field<String> RAW_SNIPPET = ROW.field("raw_snippet", String.class);
    private static final RowShape.Field<Boolean> DATE_UNPARSED = ROW.field("date_unparsed", Boolean.class);
    private static final RowShape SHAPE = ROW.build();

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public List<TableSchema> reads() {
        return List.of();
    }

    @Override
    public List<TableSchema> writes(NewsframeConfig config) {
        return List.of(Tables.ARTICLES, Tables.REJECTS);
    }

    @Override
    public boolean readsInput() {
        return true;
    }

    @Override
    public void run(RunContext ctx) {
        SparkSession spark = ctx.spark();
        NewsframeConfig config = ctx.config();
        Configuration hadoopConf = spark.sparkContext().hadoopConfiguration();
        List<InputFile> files = new InputResolver(hadoopConf).resolve(ctx.input(), config.input().format());
        ctx.manifest().inputs(files.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", f.path());
            m.put("format", f.format().name().toLowerCase(java.util.Locale.ROOT));
            m.put("bytes", f.bytes());
            return m;
        }).toList());
        // the ledger of the files this output holds: an incremental run reads only those it does not list
        java.util.Optional<Dataset<Row>> old = ctx.incremental() ? ctx.store().readPublished(Tables.ARTICLES) : java.util.Optional.empty();
        InputLedger ledger = old.isPresent() ? InputLedger.parse(ctx.store().readPublishedText(InputLedger.FILE)) : InputLedger.empty();
        List<InputLedger.Entry> now = files.stream().map(f -> ledger.current(ctx.store().fileSystem(), f.path())).toList();
        List<InputLedger.Entry> unseen = ledger.unseen(now);
        java.util.Set<String> unseenPaths = new java.util.HashSet<>(unseen.stream().map(InputLedger.Entry::path).toList());
        List<InputFile> toRead = files.stream().filter(f -> unseenPaths.contains(f.path())).toList();
        ctx.store().stageText(InputLedger.FILE, ledger.plus(unseen).toJson());
        if (old.isPresent()) {
            ctx.log("  incremental: " + toRead.size() + " new file(s) of " + files.size() + "; " + (files.size() - toRead.size())
                    + " read by earlier runs");
        } else {
            ctx.log("  reading " + files.size() + " file(s)");
        }

        Dataset<Row> persisted = readAll(spark, config, toRead).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> all = persisted;
        Dataset<Row> clusters = null;
        Dataset<Row> acceptedPersisted = null;
        try {
            long recordsRead = all.count();
            Map<String, Long> skippedByKind = new java.util.TreeMap<>();
            for (Row r : all.filter(col("reason").startsWith(Ingested.SKIPPED_PREFIX)).groupBy("reason").count()
                    .collectAsList()) {
                skippedByKind.put(r.getString(0).substring(Ingested.SKIPPED_PREFIX.length()), r.getLong(1));
            }
            all = all.filter(col("reason").isNull().or(not(col("reason").startsWith(Ingested.SKIPPED_PREFIX))));
            WindowSpec byId = Window.partitionBy("article_id").orderBy("source_file", "record_number");
            Dataset<Row> ranked = all.filter(col("reason").isNull())
                    .withColumn("_rank", row_number().over(byId))
                    .withColumn("_first", first(concat_ws(":", col("source_file"), col("record_number"))).over(byId));

            Dataset<Row> firstOfId = ranked.filter(col("_rank").equalTo(1));
            Dataset<Row> seenBefore = firstOfId.limit(0);
            if (old.isPresent()) {
                // an id the output holds already: the article published first stays (docs/running.md)
                Dataset<Row> oldIds = old.get().select(col("article_id").as("_old_id"));
                seenBefore = firstOfId.join(oldIds, firstOfId.col("article_id").equalTo(oldIds.col("_old_id")), "left_semi");
                firstOfId = firstOfId.join(oldIds, firstOfId.col("article_id").equalTo(oldIds.col("_old_id")), "left_anti");
            }
            Dataset<Row> accepted = withLanguage(firstOfId
                    .withColumn("text_chars", length(col("text"))), config.language().detector())
                    .persist(StorageLevel.MEMORY_AND_DISK()); // read twice: for the clusters and for the table
            acceptedPersisted = accepted;
            // near-duplicates over every article of the output, so a new copy joins the cluster of an old story
            List<String> articleCols = java.util.Arrays.stream(Tables.ARTICLES.columnNames())
                    .filter(c -> !List.of("dup_cluster", "is_canonical", Tables.PUB_MONTH).contains(c)).toList();
            Dataset<Row> base = accepted.selectExpr(articleCols.toArray(String[]::new));
            if (old.isPresent()) {
                base = base.unionByName(old.get().selectExpr(articleCols.toArray(String[]::new)));
            }
            clusters = NearDuplicates.clusters(spark, base, config.dedup(), MinHash.DEFAULT);
            Dataset<Row> articles = NearDuplicates.withClusters(base, clusters);
            Dataset<Row> duplicates = ranked.filter(col("_rank").gt(1))
                    .withColumn("reason", lit(RejectReason.DUPLICATE_ID.code()))
                    .withColumn("detail", concat_ws("", lit("article_id first seen at "), col("_first")))
                    .withColumn("raw_snippet", substring(col("text"), 1, config.output().snippetChars()));
            Dataset<Row> earlier = seenBefore
                    .withColumn("reason", lit(RejectReason.DUPLICATE_ID.code()))
                    .withColumn("detail", lit("article_id already in articles, from a file an earlier run read"))
                    .withColumn("raw_snippet", substring(col("text"), 1, config.output().snippetChars()));
            String[] rejectCols = Tables.REJECTS.columnNames();
            Dataset<Row> newRejects = all.filter(col("reason").isNotNull()).selectExpr(rejectCols)
                    .unionByName(duplicates.selectExpr(rejectCols))
                    .unionByName(earlier.selectExpr(rejectCols))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> rejects = old.isPresent()
                    ? newRejects.unionByName(ctx.store().readPublished(Tables.REJECTS).orElseThrow().selectExpr(rejectCols))
                    : newRejects;

            long totalArticles = ctx.write(Tables.ARTICLES, articles);
            long totalRejects = ctx.write(Tables.REJECTS, rejects);
            long nArticles = old.isPresent() ? accepted.count() : totalArticles;
            long nRejects = old.isPresent() ? newRejects.count() : totalRejects;
            long unparsedDates = all.filter(col("reason").isNull().and(col("date_unparsed"))).count();

            Map<String, Long> byReason = new java.util.TreeMap<>();
            for (Row r : newRejects.groupBy("reason").count().collectAsList()) {
                byReason.put(r.getString(0), r.getLong(1));
            }
            newRejects.unpersist();
            if (old.isPresent()) {
                ctx.increment(increment(ctx.read(Tables.ARTICLES), old.get()));
            }
            IngestFacts facts = new IngestFacts(recordsRead, nArticles, nRejects, byReason, skippedByKind);
            ctx.report(facts);
            ctx.manifest().warning("unparsed_published_dates", unparsedDates);
            if (!facts.reconciled()) {
                throw new IllegalStateException("ingest does not reconcile: " + recordsRead + " records read, "
                        + nArticles + " articles + " + nRejects + " rejects + " + facts.skipped() + " skipped");
            }
            if (!skippedByKind.isEmpty()) {
                ctx.log("  skipped (not articles): " + skippedByKind);
            }
            if (unparsedDates > 0) {
                ctx.log("  warning: " + unparsedDates
                        + " published value(s) in no known date format (pub_date left null; see docs/ingest.md)");
            }
        } finally {
            persisted.unpersist();
            if (clusters != null) {
                clusters.unpersist();
            }
            if (acceptedPersisted != null) {
                acceptedPersisted.unpersist();
            }
        }
    }

    /**
     * What this incremental run changed: the articles it added, and the dates of those and of the earlier
     * articles whose near-duplicate cluster or canonical flag changed (from the staged and the published table).
     */
    static org.newsframe.pipeline.Increment increment(Dataset<Row> staged, Dataset<Row> published) {
        Dataset<Row> before = published.select(col("article_id").as("_id"), col("dup_cluster").as("_cluster"),
                col("is_canonical").as("_canonical"));
        Dataset<Row> added = staged.join(before, staged.col("article_id").equalTo(before.col("_id")), "left_anti");
        Dataset<Row> changed = staged.join(before, staged.col("article_id").equalTo(before.col("_id")))
                .filter(col("dup_cluster").notEqual(col("_cluster")).or(col("is_canonical").notEqual(col("_canonical"))));
        Dataset<Row> dates = added.select("pub_date").unionByName(changed.select("pub_date")).distinct();
        return new org.newsframe.pipeline.Increment(added.select("article_id"), dates);
    }

    /** The language each article's text is in, and how sure the detector is ({@code lang}, {@code lang_confidence}). */
    static Dataset<Row> withLanguage(Dataset<Row> articles, String detector) {
        StructType guess = new StructType()
                .add("code", DataTypes.StringType, false)
                .add("confidence", DataTypes.DoubleType, false);
        UserDefinedFunction identify = udf(
                (UDF1<String, Row>) text -> {
                    LanguageGuess g = LanguageIdentifiers.get(detector).identify(text);
                    return RowFactory.create(g.code(), g.confidence());
                }, guess).asNonNullable();
        return articles.withColumn("_lang", identify.apply(col("text")))
                .withColumn("lang", col("_lang.code"))
                .withColumn("lang_confidence", col("_lang.confidence"))
                .drop("_lang");
    }

    /** Every input record as one row of {@link #INGESTED}. */
    static Dataset<Row> readAll(SparkSession spark, NewsframeConfig config, List<InputFile> files) {
        List<InputFile> streamed = new ArrayList<>();
        List<String> parquet = new ArrayList<>();
        for (InputFile f : files) {
            if (f.format() == InputFormat.PARQUET) {
                parquet.add(f.path());
            } else {
                streamed.add(f);
            }
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        JavaRDD<Row> rows = jsc.emptyRDD();
        if (!streamed.isEmpty()) {
            SerializableConfiguration conf = new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
            int slices = Math.min(streamed.size(), Math.max(1, jsc.defaultParallelism() * 4));
            rows = jsc.parallelize(balance(streamed, slices), slices)
                    .mapPartitions(it -> new FileRecords(it, conf.value(), config));
        }
        if (!parquet.isEmpty()) {
            Dataset<Row> df = spark.read().parquet(parquet.toArray(String[]::new));
            String[] names = df.columns();
            Dataset<Row> located = df.select(col("*"), col("_metadata.file_path").as("_nf_file"),
                    col("_metadata.row_index").as("_nf_row"));
            rows = rows.union(located.javaRDD().mapPartitions(it -> {
                ArticleMapper mapper = new ArticleMapper(config.input(), config.output().snippetChars());
                return new MappedIterator<>(it, r -> toRow(mapper.map(parquetRecord(r, names, config))));
            }));
        }
        return spark.createDataFrame(rows, INGESTED);
    }

    /** Orders files so that big ones are spread across the slices (round-robin by decreasing size). */
    private static List<InputFile> balance(List<InputFile> files, int slices) {
        List<InputFile> bySize = new ArrayList<>(files);
        bySize.sort((a, b) -> Long.compare(b.bytes(), a.bytes()));
        List<List<InputFile>> buckets = new ArrayList<>();
        for (int i = 0; i < slices; i++) {
            buckets.add(new ArrayList<>());
        }
        for (int i = 0; i < bySize.size(); i++) {
            buckets.get(i % slices).add(bySize.get(i));
        }
        // parallelize() cuts the list into contiguous slices of (nearly) equal count.
        List<InputFile> out = new ArrayList<>();
        buckets.forEach(out::addAll);
        return out;
    }

    private static SourceRecord parquetRecord(Row r, String[] names, NewsframeConfig config) {
        Map<String, Object> fields = new HashMap<>();
        StringBuilder raw = new StringBuilder("{");
        for (int i = 0; i < names.length; i++) {
            Object v = r.get(i);
            fields.put(names[i], v);
            if (raw.length() < config.output().snippetChars()) {
                raw.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(v);
            }
        }
        raw.append('}');
        String file = r.getString(names.length);
        long row = r.getLong(names.length + 1) + 1;
        return SourceRecord.parsed(file, row, fields, raw.toString());
    }

    static Row toRow(Ingested i) {
        Object[] v = SHAPE.values();
        ARTICLE_ID.set(v, i.articleId());
        TITLE.set(v, i.title());
        TEXT.set(v, i.text());
        PUBLISHED_RAW.set(v, i.publishedRaw());
        PUBLISHED_AT.set(v, i.publishedAt());
        PUB_DATE.set(v, i.pubDate());
        SOURCE.set(v, i.source());
        URL.set(v, i.url());
        SOURCE_FILE.set(v, i.sourceFile());
        RECORD_NUMBER.set(v, i.recordNumber());
        REASON.set(v, i.reason());
        DETAIL.set(v, i.detail());
        RAW_SNIPPET.set(v, i.rawSnippet());
        DATE_UNPARSED.set(v, i.dateUnparsed());
        return SHAPE.row(v);
    }

    /** Streams every record of a task's files, one reader open at a time. */
    static final class FileRecords implements Iterator<Row> {
        private final Iterator<InputFile> files;
        private final Configuration conf;
        private final NewsframeConfig config;
        private final ArticleMapper mapper;
        private RecordReader current;

        FileRecords(Iterator<InputFile> files, Configuration conf, NewsframeConfig config) {
            this.files = files;
            this.conf = conf;
            this.config = config;
            this.mapper = new ArticleMapper(config.input(), config.output().snippetChars());
        }

        private Row pending;

        @Override
        public boolean hasNext() {
            while (pending == null) {
                if (current != null && current.hasNext()) {
                    pending = toRow(mapper.map(current.next()));
                    break;
                }
                closeCurrent();
                if (!files.hasNext()) {
                    return false;
                }
                InputFile f = files.next();
                try {
                    current = RecordReaders.open(f, conf, config);
                } catch (IOException | RuntimeException e) {
                    current = null;
                    pending = toRow(mapper.map(SourceRecord.failed(f.path(), 0, RejectReason.UNREADABLE_FILE,
                            "cannot open: " + e, null)));
                }
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Row r = pending;
            pending = null;
            return r;
        }

        private void closeCurrent() {
            if (current != null) {
                try {
                    current.close();
                } catch (IOException ignored) {
                    // every record was already read
                }
                current = null;
            }
        }
    }

    /** Lazily maps an iterator (keeps mapPartitions streaming). */
    static final class MappedIterator<A, B> implements Iterator<B> {
        private final Iterator<A> in;
        private final java.util.function.Function<A, B> f;

        MappedIterator(Iterator<A> in, java.util.function.Function<A, B> f) {
            this.in = in;
            this.f = f;
        }

        @Override
        public boolean hasNext() {
            return in.hasNext();
        }

        @Override
        public B next() {
            return f.apply(in.next());
        }
    }
}

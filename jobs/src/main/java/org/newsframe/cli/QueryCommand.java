package org.newsframe.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.parser.ParseException;
import org.newsframe.config.NewsframeConfig;
import org.newsframe.ingest.InputException;
import org.newsframe.io.TableViews;
import org.newsframe.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsframe query}: SQL over the tables of an output directory. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run Spark SQL over the tables under --data; each table of the current version is a view of the same name.",
                "Example: newsframe query --data out \"SELECT source, count(*) FROM articles GROUP BY source\""})
final class QueryCommand implements Callable<Integer> {

    enum Format { csv, json, table }

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "An output directory of newsframe run.")
    String data;

    @Option(names = "--format", defaultValue = "csv", paramLabel = "FORMAT",
            description = "csv (with header, default), json (one object per line) or table.")
    Format format;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
            description = "At most N rows (0: all; the table format shows 1000 at most).")
    int limit;

    @Parameters(arity = "1", paramLabel = "SQL", description = "The query.")
    String sql;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() {
        NewsframeConfig config = session.load(List.of());
        SparkSession spark = Sessions.create(config, session.master);
        List<String> views = register(spark, data);
        Dataset<Row> result;
        try {
            refuseWrites(spark, sql);
            result = spark.sql(sql);
        } catch (Exception e) {
            // Scala throws these undeclared: ParseException (a subclass of AnalysisException) or AnalysisException.
            if (e instanceof ParseException) {
                throw new QueryError("SQL syntax error: " + Main.firstLine(e.getMessage()), e);
            }
            if (e instanceof org.apache.spark.sql.AnalysisException) {
                throw new QueryError(Main.firstLine(e.getMessage()) + " (tables: " + String.join(", ", views) + ")", e);
            }
            throw e;
        }
        if (limit > 0) {
            result = result.limit(limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case csv -> writeCsv(result, out);
            case json -> result.toJSON().toLocalIterator().forEachRemaining(out::println);
            case table -> {
                out.print(result.showString(limit > 0 ? limit : 1000, 0, false));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * {@code query} is read-only: statements that create, drop, insert, alter, cache or set anything are
     * refused before Spark runs them (Spark runs commands eagerly, inside {@code spark.sql}). Queries, and the
     * read-only commands (DESCRIBE, SHOW, EXPLAIN), pass.
     */
    static void refuseWrites(SparkSession spark, String sql) {
        org.apache.spark.sql.catalyst.plans.logical.LogicalPlan plan;
        try {
            plan = spark.sessionState().sqlParser().parsePlan(sql);
        } catch (ParseException e) {
            throw new QueryError("SQL syntax error: " + Main.firstLine(e.getMessage()), e);
        }
        String kind = plan.getClass().getSimpleName();
        boolean readOnlyCommand = kind.startsWith("Describe") || kind.startsWith("Show") || kind.startsWith("Explain");
        if ((plan instanceof org.apache.spark.sql.catalyst.plans.logical.Command
                || plan instanceof org.apache.spark.sql.catalyst.plans.logical.InsertIntoStatement) && !readOnlyCommand) {
            throw new QueryError("query is read-only: " + kind.replaceAll("(Command|Statement)$", "")
                    + " is refused (SELECT, WITH, DESCRIBE, SHOW and EXPLAIN are allowed)", null);
        }
    }

    /** Registers every table of the current version of dir as a temporary view ({@link TableViews}); returns their names. */
    static List<String> register(SparkSession spark, String dir) {
        try {
            return TableViews.register(spark, dir);
        } catch (IllegalArgumentException e) {
            throw new InputException(e.getMessage(), e);
        }
    }

    private static void writeCsv(Dataset<Row> result, PrintWriter out) {
        String[] cols = result.columns();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cols.length; i++) {
            line.append(i == 0 ? "" : ",").append(csv(cols[i]));
        }
        out.println(line);
        Iterator<Row> it = result.toLocalIterator();
        while (it.hasNext()) {
            Row r = it.next();
            line.setLength(0);
            for (int i = 0; i < cols.length; i++) {
                line.append(i == 0 ? "" : ",").append(csv(cell(r.get(i))));
            }
            out.println(line);
        }
    }

    private static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Instant i) {
            return i.toString();
        }
        if (v instanceof scala.collection.Seq<?> seq) {
            return scala.collection.JavaConverters.seqAsJavaList(seq).toString();
        }
        return v.toString();
    }

    /** RFC 4180 quoting: quote when the value has a comma, quote, or line break. */
    static String csv(String s) {
        boolean quote = false;
        for (int i = 0; i < s.length() && !quote; i++) {
            char c = s.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}

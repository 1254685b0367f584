package org.newsframe.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.newsframe.io.TableChecksums;
import org.newsframe.schema.Tables;
import org.newsframe.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsframe checksum}: rows and an order-independent checksum per table, to compare two outputs. */
@Command(name = "checksum", mixinStandardHelpOptions = true,
        description = {"Print table,rows,checksum for every table under --data (CSV): the sum of Spark's hash over",
                "each row, doubles rounded to " + TableChecksums.DOUBLE_DIGITS + " decimals. Two outputs hold the same tables",
                "when the lines match: diff <(newsframe checksum --data a) <(newsframe checksum --data b)."})
final class ChecksumCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "An output directory of newsframe run.")
    String data;

    @Mixin
    SessionOptions session;

    @Override
    public Integer call() {
        SparkSession spark = Sessions.create(session.load(List.of()), session.master);
        try {
            var root = new org.apache.hadoop.fs.Path(data);
            if (!org.newsframe.io.Snapshot.isOutput(root.getFileSystem(spark.sparkContext().hadoopConfiguration()), root)) {
                spec.commandLine().getErr().println("newsframe: no newsframe output at " + data);
                return ExitCodes.USAGE;
            }
        } catch (java.io.IOException e) {
            spec.commandLine().getErr().println("newsframe: cannot read " + data + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("table,rows,checksum");
        for (TableChecksums.Checksum c : TableChecksums.of(spark, data, Tables.all())) {
            out.println(c.table() + "," + c.rows() + "," + c.checksum());
        }
        out.flush();
        return ExitCodes.OK;
    }
}

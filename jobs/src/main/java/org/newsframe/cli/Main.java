package org.newsframe.cli;

import java.io.PrintWriter;
import org.apache.spark.sql.AnalysisException;
import org.newsframe.config.ConfigError;
import org.newsframe.ingest.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * Entry point of {@code bin/newsframe} and of {@code spark-submit --class org.newsframe.cli.Main}.
 * Exit codes: 0 ok, 1 job failure, 2 usage/config/SQL error, 3 unreadable input.
 */
@Command(name = "newsframe", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Turns a news corpus into tidy Parquet tables.",
        subcommands = {RunCommand.class, QueryCommand.class, GenerateCommand.class, BenchCommand.class, EvalCommand.class,
                TrainNerCommand.class, TrainSentimentCommand.class, TrainFiguresCommand.class, TrainWordsCommand.class, TrainTaggerCommand.class, TrainClustersCommand.class, TrainVectorsCommand.class, ScoreTargetsCommand.class, DocsCommand.class, ChecksumCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (run, query, generate, docs)");
    }

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        System.exit(code);
    }

    /** The configured command line, with exit-code mapping; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(Main::handle);
        return cl;
    }

    private static int handle(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        Throwable root = ex;
        if (ex instanceof ConfigError || ex instanceof org.newsframe.actors.DictionaryError
                || ex instanceof org.newsframe.pipeline.PipelineError
                || root instanceof CommandLine.ParameterException) {
            err.println("newsframe: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        if (ex instanceof org.newsframe.io.InputLedger.ChangedInputException
                || ex instanceof org.newsframe.io.TableStore.OutputRefusedException) {
            err.println("newsframe: " + ex.getMessage());
            return ExitCodes.USAGE;
        }
        if (ex instanceof org.newsframe.io.OutputLock.OutputLockedException) {
            err.println("newsframe: " + ex.getMessage());
            return ExitCodes.LOCKED;
        }
        if (ex instanceof InputException) {
            err.println("newsframe: " + ex.getMessage());
            return ExitCodes.UNREADABLE_INPUT;
        }
        if (ex instanceof AnalysisException || ex instanceof QueryError) {
            err.println("newsframe: " + firstLine(ex.getMessage()));
            return ExitCodes.USAGE;
        }
        err.println("newsframe: job failed: " + ex);
        ex.printStackTrace(err);
        return ExitCodes.JOB_FAILED;
    }

    /** The first line of a message that says something (Spark's parse errors start with a blank line). */
    static String firstLine(String s) {
        return ConfigError.firstLine(s);
    }
}

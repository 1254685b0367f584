package org.newsframe.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.newsframe.generate.SyntheticCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsframe generate}: synthetic articles as JSON Lines, for benchmarks and tests. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Write synthetic news articles as JSON Lines (deterministic for a seed).",
                "They mention actors, quote officials, report displacement figures and carry dates, so every stage has work."})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--articles", required = true, paramLabel = "N", description = "How many articles.")
    int articles;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default 1).")
    long seed;

    @Option(names = "--pathological", description = {"Instead: articles of about a megabyte each that stress the",
            "parsers (digits and commas, a digit run, a one-sentence list of figures, nested parentheses, dates)."})
    boolean pathological;

    @Option(names = "--length", defaultValue = "realistic", paramLabel = "L", description = {
            "realistic (default): words log-normal around a median of 550, as news; actors by their short forms",
            "after the first mention. short: 6 to 20 template sentences (about 140 words), as the tests use."})
    String length;

    @Option(names = "--output", paramLabel = "FILE",
            description = "Output file (.jsonl or .jsonl.gz); default: standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (articles < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--articles must be >= 0");
        }
        SyntheticCorpus.Lengths lengths = switch (length) {
            case "realistic" -> SyntheticCorpus.Lengths.REALISTIC;
            case "short" -> SyntheticCorpus.Lengths.SHORT;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--length must be realistic or short, not " + length);
        };
        SyntheticCorpus corpus = new SyntheticCorpus(seed, lengths);
        if (output == null) {
            Writer w = spec.commandLine().getOut();
            write(corpus, w);
            w.flush();
            return ExitCodes.OK;
        }
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        var stream = Files.newOutputStream(output);
        if (output.toString().endsWith(".gz")) {
            stream = new GZIPOutputStream(stream, 1 << 16);
        }
        try (Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
            write(corpus, w);
        }
        spec.commandLine().getErr().println("newsframe: wrote " + articles + " articles to " + output);
        return ExitCodes.OK;
    }

    private void write(SyntheticCorpus corpus, Writer w) throws IOException {
        if (pathological) {
            corpus.writePathological(articles, w);
        } else {
            corpus.write(articles, w);
        }
    }
}

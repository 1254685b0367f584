package org.newsframe.cli;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;
import org.newsframe.eval.ArticleTexts;
import org.newsframe.text.NewsWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsframe train-words}: the word list the ligature repair reads, counted from unlabelled news. */
@Command(name = "train-words", mixinStandardHelpOptions = true,
        description = {"Count the lower-case words of unlabelled news (JSON Lines, a text field) into the word list",
                "that mends words broken by lost PDF ligatures ('a ected' → affected). Writes 'word TAB count' lines,",
                "gzip, sorted; the shipped one is jobs/src/main/resources/" + NewsWords.BUILTIN + " (docs/displacement.md)."})
final class TrainWordsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "FILE", required = true,
            description = "A JSON Lines corpus with id and text. Repeatable.")
    List<Path> corpora = new ArrayList<>();

    @Option(names = "--min-count", defaultValue = "2", paramLabel = "N",
            description = "Keep a word seen at least N times (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the list (.tsv.gz).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (minCount < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-count must be at least 1, got " + minCount);
        }
        List<String> texts = new ArrayList<>();
        StringBuilder command = new StringBuilder("bin/newsframe train-words");
        for (Path c : corpora) {
            SessionOptions.requireFile(c);
            texts.addAll(new TreeMap<>(ArticleTexts.read(c, "id")).values());
            command.append(" --corpus ").append(c.getFileName());
        }
        TreeMap<String, Integer> counts = NewsWords.count(texts, minCount);
        command.append(" --min-count ").append(minCount);
        // Java writes no time into the gzip header: the same corpora give the same bytes
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            w.write("# newsframe news words: lower-case word tokens and their counts (docs/displacement.md).\n");
            w.write("# Made by: " + command + " --out FILE\n");
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                w.write(e.getKey() + "\t" + e.getValue() + "\n");
            }
        }
        spec.commandLine().getOut().printf("%d texts, %d words kept (seen at least %d times), wrote %s%n",
                texts.size(), counts.size(), minCount, out);
        return ExitCodes.OK;
    }
}

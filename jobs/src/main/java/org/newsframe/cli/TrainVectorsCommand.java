package org.newsframe.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.newsframe.eval.ArticleTexts;
import org.newsframe.eval.NewsMtsc;
import org.newsframe.sentiment.MiniLmEncoder;
import org.newsframe.sentiment.TargetInput;
import org.newsframe.sentiment.VectorTrainer;
import org.newsframe.sentiment.WordVectors;
import org.newsframe.text.AnalyzedText;
import org.newsframe.text.Sentence;
import org.newsframe.text.TextAnalyzer;
import org.newsframe.text.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsframe train-vectors}: the sentiment classifier's word vectors, distilled from the MiniLM encoder
 * over unlabelled sentences. Reads top to bottom: sentences from each source (interleaved, so that each
 * contributes) → every token's contextual vector, one encoder per thread → the mean per word → the file.
 */
@Command(name = "train-vectors", mixinStandardHelpOptions = true,
        description = {"Distil word vectors for the sentiment classifier from a pretrained encoder (all-MiniLM-L6-v2,",
                "ONNX, shipped as a Maven dependency): each word's mean contextual vector over unlabelled sentences.",
                "Input: JSON Lines corpora (id, text) and NewsMTSC-format files (sentences only, labels unread).",
                "The same inputs and options give the same bytes. The shipped table is jobs/src/main/resources/"
                        + WordVectors.BUILTIN + " (docs/sentiment.md)."})
final class TrainVectorsCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--unlabeled", paramLabel = "FILE", split = ",",
            description = "A .jsonl corpus (id, text). Repeatable.")
    List<Path> unlabeled = new ArrayList<>();

    @Option(names = "--newsmtsc", paramLabel = "FILE", split = ",",
            description = "NewsMTSC-format sentences (sentence_normalized), used unlabelled. Repeatable; never the split you evaluate on.")
    List<Path> newsmtsc = new ArrayList<>();

    @Option(names = "--sentences", defaultValue = "120000", paramLabel = "N", description = "At most N sentences (default ${DEFAULT-VALUE}).")
    int maxSentences;

    @Option(names = "--min-count", defaultValue = "3", paramLabel = "N", description = "Words seen at least N times get a vector (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--max-words", defaultValue = "40000", paramLabel = "N", description = "Keep the N most frequent (default ${DEFAULT-VALUE}).")
    int maxWords;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Encoder threads (default ${DEFAULT-VALUE}); the result does not depend on it.")
    int threads;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the table (.bin.gz).")
    Path out;

    /** Sentences shorter or longer than this (characters) are skipped: headlines, tables. */
    private static final int MIN_CHARS = 30;
    private static final int MAX_CHARS = 400;

    @Override
    public Integer call() throws Exception {
        PrintWriter printer = spec.commandLine().getOut();
        if (unlabeled.isEmpty() && newsmtsc.isEmpty()) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --unlabeled and/or --newsmtsc files");
        }
        if (maxSentences < 1 || minCount < 1 || maxWords < 1 || threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--sentences, --min-count, --max-words and --threads must be ≥ 1");
        }
        long t0 = System.nanoTime();
        List<List<String>> sources = new ArrayList<>();
        for (Path p : newsmtsc) {
            SessionOptions.requireFile(p);
            sources.add(NewsMtsc.read(p).stream().map(TargetInput::text).filter(this::keep).toList());
        }
        for (Path p : unlabeled) {
            SessionOptions.requireFile(p);
            List<String> s = new ArrayList<>();
            for (String text : new TreeMap<>(ArticleTexts.read(p, "id")).values()) {
                AnalyzedText a = TextAnalyzer.analyze(text);
                for (Sentence x : a.sentences()) {
                    String one = text.substring(x.begin(), x.end()).replaceAll("\\s+", " ").trim();
                    if (keep(one)) {
                        s.add(one);
                    }
                }
            }
            sources.add(s);
        }
        List<String> sentences = interleave(sources, maxSentences);
        printer.printf(Locale.ROOT, "%,d sentences from %d sources; encoding on %d threads%n", sentences.size(), sources.size(), threads);
        printer.flush();

        List<VectorTrainer> parts = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<VectorTrainer>> futures = new ArrayList<>();
            int chunk = (sentences.size() + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                List<String> mine = sentences.subList(Math.min(sentences.size(), t * chunk), Math.min(sentences.size(), (t + 1) * chunk));
                futures.add(pool.submit(() -> encode(mine)));
            }
            for (Future<VectorTrainer> f : futures) {
                parts.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        VectorTrainer all = new VectorTrainer(MiniLmEncoder.DIM);
        parts.forEach(all::merge);
        StringBuilder command = new StringBuilder("bin/newsframe train-vectors");
        newsmtsc.forEach(p -> command.append(" --newsmtsc ").append(p.getFileName()));
        unlabeled.forEach(p -> command.append(" --unlabeled ").append(p.getFileName()));
        command.append(String.format(Locale.ROOT, " --sentences %d --min-count %d --max-words %d", maxSentences, minCount, maxWords));
        WordVectors table = all.build(minCount, maxWords, List.of(
                "newsframe word vectors: each word's mean contextual vector from " + MiniLmEncoder.NAME + " (docs/sentiment.md)",
                "made by: " + command + " --out FILE",
                String.format(Locale.ROOT, "%,d sentences, %,d token occurrences, %,d distinct words", sentences.size(), all.occurrences(), all.words())));
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            table.write(os);
        }
        printer.printf(Locale.ROOT, "%,d token occurrences, %,d distinct words; kept %,d words (seen ≥ %d times) in %.0f s; wrote %s (%,d bytes)%n",
                all.occurrences(), all.words(), table.size(), minCount, (System.nanoTime() - t0) / 1e9, out, Files.size(out));
        printer.flush();
        return ExitCodes.OK;
    }

    private boolean keep(String sentence) {
        return sentence.length() >= MIN_CHARS && sentence.length() <= MAX_CHARS;
    }

    /** Round robin over the sources (the first sentence of each, then the second of each …), at most {@code max}. */
    static List<String> interleave(List<List<String>> sources, int max) {
        List<String> out = new ArrayList<>();
        for (int k = 0; out.size() < max; k++) {
            boolean any = false;
            for (List<String> s : sources) {
                if (k < s.size() && out.size() < max) {
                    out.add(s.get(k));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return out;
    }

    private static VectorTrainer encode(List<String> sentences) {
        VectorTrainer trainer = new VectorTrainer(MiniLmEncoder.DIM);
        try (MiniLmEncoder encoder = MiniLmEncoder.open()) {
            for (String s : sentences) {
                List<Token> tokens = TextAnalyzer.analyze(s).tokens();
                trainer.add(tokens, encoder.encode(s, tokens));
            }
        }
        return trainer;
    }
}

package org.newsframe.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsframe.eval.ConllDocuments;
import org.newsframe.eval.NerEvaluation;
import org.newsframe.eval.TaggerData;
import org.newsframe.ner.ClusterTrainer;
import org.newsframe.ner.NameTagger;
import org.newsframe.ner.WordClusters;
import org.newsframe.ner.TaggerTrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsframe train-tagger}: the plain-Java name tagger from a CoNLL-2003 file. */
@Command(name = "train-tagger", mixinStandardHelpOptions = true,
        description = {"Train the name tagger (averaged structured perceptron, BIO over PER/ORG/LOC/MISC, hashed features,",
                "Viterbi) on a CoNLL-2003 file, on newsframe's own tokens. Deterministic for a seed. With --hold-out K every",
                "K-th document is kept out of training and scored; with --dev a second file is scored. Word clusters: the shipped",
                "ones, a file, 'none', or learned first from --unlabeled text (as train-clusters does); gazetteer features from the",
                "built-in dictionary and gazetteer unless --gazetteer none (docs/actors.md)."})
final class TrainTaggerCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL-2003 training file (eng.train).")
    Path conll;

    @Option(names = "--dev", paramLabel = "FILE", description = "A CoNLL-2003 file to score after training (eng.testa).")
    Path dev;

    @Option(names = "--hold-out", defaultValue = "0", paramLabel = "K",
            description = "Keep every K-th training document out of training and score it (0: none; default ${DEFAULT-VALUE}).")
    int holdOut;

    @Option(names = "--epochs", defaultValue = "10", paramLabel = "N", description = "Passes over the data (default ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--bits", defaultValue = "18", paramLabel = "B", description = "2^B hashed feature rows (default ${DEFAULT-VALUE}).")
    int bits;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "S", description = "Seed of the training order (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (.bin.gz).")
    Path out;

    @Option(names = "--clusters", defaultValue = "builtin", paramLabel = "FILE",
            description = "Word clusters: builtin (the shipped ones), none, or a train-clusters file (default ${DEFAULT-VALUE}).")
    String clusters;

    @Option(names = "--unlabeled", paramLabel = "FILE", split = ",",
            description = "Learn the word clusters first from these unlabelled files (.jsonl corpora, CoNLL words), with train-clusters' defaults.")
    List<Path> unlabeled = new ArrayList<>();

    @Option(names = "--gazetteer", defaultValue = "builtin", paramLabel = "builtin|none",
            description = "Gazetteer features from the built-in actor dictionary and place gazetteer (default ${DEFAULT-VALUE}).")
    String gazetteer;

    @Option(names = "--passes", defaultValue = "1", paramLabel = "1|2",
            description = "2: a second, document-level pass reads how the first tagged each word elsewhere in the document (default ${DEFAULT-VALUE}).")
    int passes;

    @picocli.CommandLine.Mixin
    SessionOptions session;

    @Override
    public Integer call() throws Exception {
        java.io.PrintWriter printer = spec.commandLine().getOut();
        if (epochs < 1 || bits < 12 || bits > 24 || holdOut < 0 || holdOut == 1 || passes < 1 || passes > 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--epochs ≥ 1, --bits in 12..24, --hold-out 0 or ≥ 2, --passes 1 or 2");
        }
        if (!gazetteer.equals("builtin") && !gazetteer.equals("none")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--gazetteer is builtin or none, not " + gazetteer);
        }
        SessionOptions.requireFile(conll);
        WordClusters wordClusters;
        if (!unlabeled.isEmpty()) {
            wordClusters = TrainClustersCommand.train(session, unlabeled, ClusterTrainer.DEFAULTS, printer);
        } else if (clusters.equals("none")) {
            wordClusters = null;
        } else if (clusters.equals("builtin")) {
            wordClusters = WordClusters.builtin();
        } else {
            Path file = Path.of(clusters);
            SessionOptions.requireFile(file);
            wordClusters = WordClusters.read(file);
        }
        boolean hints = gazetteer.equals("builtin");
        List<ConllDocuments.Document> all = ConllDocuments.read(conll);
        List<ConllDocuments.Document> train = new ArrayList<>();
        List<ConllDocuments.Document> held = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            (holdOut > 0 && i % holdOut == holdOut - 1 ? held : train).add(all.get(i));
        }
        long t0 = System.nanoTime();
        List<List<TaggerTrainer.Sentence>> documents = TaggerData.documents(train, hints);
        List<TaggerTrainer.Sentence> sentences = documents.stream().flatMap(List::stream).toList();
        long tokens = sentences.stream().mapToLong(s -> s.tokens().size()).sum();
        printer.printf("%s: %d documents for training (%d held out), %d sentences, %d tokens%n", conll.getFileName(),
                train.size(), held.size(), sentences.size(), tokens);
        java.util.function.Consumer<String> log = line -> {
            printer.println(line);
            printer.flush();
        };
        NameTagger tagger = passes == 2 ? TaggerTrainer.trainTwoPass(documents, bits, epochs, seed, wordClusters, hints, log)
                : TaggerTrainer.train(sentences, bits, epochs, seed, wordClusters, hints, log);
        try (OutputStream os = Files.newOutputStream(out)) {
            tagger.write(os);
        }
        printer.printf("trained in %.1f s (%s), peak heap %d MB, wrote %s (%d kB)%n", (System.nanoTime() - t0) / 1e9,
                tagger.describe(), peakHeapMb(), out, Files.size(out) >> 10);
        if (!held.isEmpty()) {
            NerEvaluation e = TaggerData.evaluate(tagger, held);
            printer.println(e.table("held out: every " + holdOut + "th document of " + conll.getFileName()));
        }
        if (dev != null) {
            SessionOptions.requireFile(dev);
            printer.println(TaggerData.evaluate(tagger, ConllDocuments.read(dev)).table(dev.getFileName().toString()));
        }
        printer.flush();
        return ExitCodes.OK;
    }

    /** The most heap the JVM's heap pools have held so far (their peak usages, summed). */
    static long peakHeapMb() {
        long bytes = 0;
        for (java.lang.management.MemoryPoolMXBean pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes >> 20;
    }
}

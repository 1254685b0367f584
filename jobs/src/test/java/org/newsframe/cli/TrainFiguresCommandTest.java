package org.newsframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Annotators;
import org.newsframe.Cli;
import org.newsframe.displacement.Figure;
import org.newsframe.eval.FigureTraining;
import org.newsframe.eval.LabelledSentences;

/** train-figures on sentences written here: the candidates are labelled, the model is written, deterministic, and used. */
class TrainFiguresCommandTest {

    @TempDir
    Path tmp;

    /** Counts the rules leave (no rule term): people bussed to a camp are figures, people asked about evictions are not. */
    private Path sentences() throws IOException {
        StringBuilder sb = new StringBuilder("# written for this test\n");
        String[] places = {"Kisinga", "Maru", "Tembe", "Olori", "Sadi", "Bwana", "Kerio", "Lodo", "Nyali", "Pemba"};
        for (int i = 0; i < places.length; i++) {
            int n = 5000 + 100 * i; // not a year
            sb.append("f").append(i).append("\tSoldiers bussed ").append(n).append(" residents to the camp at ").append(places[i])
              .append(" on Thursday.\t").append(n).append("|people|displaced\n");
            sb.append("n").append(i).append("\tA survey asked ").append(n).append(" residents in ").append(places[i])
              .append(" about evictions.\t\n");
        }
        Path p = tmp.resolve("train-test.tsv");
        Files.writeString(p, sb.toString());
        return p;
    }

    @Test
    void candidatesAreLabelledByTheGoldCounts() throws IOException {
        var rules = org.newsframe.annotate.Extractors.load(org.newsframe.config.ConfigLoader.load(null, List.of("displacement.model=rules"))).figures();
        List<FigureTraining.Example> examples = FigureTraining.fromSentences("t", LabelledSentences.read(sentences()), Annotators.standard(), rules);
        assertEquals(20, examples.size(), "every count of residents in a sentence with a displacement word is a candidate");
        assertEquals(10, examples.stream().filter(FigureTraining.Example::figure).count());
        assertTrue(examples.stream().allMatch(e -> e.figure() == e.text().startsWith("t:f")));
        assertTrue(examples.get(0).features().contains("out=NO_TERM"), examples.get(0).features().toString());
    }

    @Test
    void trainsDeterministicallyAndARunUsesTheModel() throws IOException {
        Path data = sentences();
        Path a = tmp.resolve("a.tsv");
        Path b = tmp.resolve("b.tsv");
        Cli.Result r = Cli.run("train-figures", "--sentences", data.toString(), "--out", a.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("20 candidates (10 figures)"), r.out());
        assertEquals(0, Cli.run("train-figures", "--sentences", data.toString(), "--out", b.toString()).code());
        assertEquals(Files.readString(a), Files.readString(b), "same data and seed, same model");
        assertTrue(Files.readString(a).contains("# Trained by: bin/newsframe train-figures --sentences train-test.tsv"));
        assertTrue(Files.readString(a).contains("R:about\t"), "the words around the number are features");

        var annotator = Annotators.with("displacement.model=" + a);
        List<Figure> kept = annotator.annotate("Soldiers bussed 2,400 residents to the camp at Gatu on Monday.").figures();
        assertEquals(1, kept.size(), kept.toString());
        assertEquals(Figure.MODEL, kept.get(0).decision());
        assertEquals(List.of(), annotator.annotate("A survey asked 2,400 residents in Gatu about evictions.").figures());
    }

    @Test
    void corpusCandidatesAreListedForJudgingAndVerdictsTrainOnThem() throws IOException {
        StringBuilder corpus = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            corpus.append("{\"id\": \"a").append(i).append("\", \"text\": \"")
                  .append(i % 2 == 0 ? "Soldiers bussed " + (5000 + i) + " residents to the camp on Monday."
                          : "Some " + (5000 + i) + " residents played football near the camp.")
                  .append("\"}\n");
        }
        Path jsonl = tmp.resolve("news.jsonl");
        Files.writeString(jsonl, corpus.toString());
        Path listed = tmp.resolve("listed.tsv");
        Cli.Result l = Cli.run("train-figures", "--corpus", jsonl.toString(), "--list-candidates", listed.toString());
        assertEquals(0, l.code(), l.err());
        List<String> rows = Files.readAllLines(listed).stream().filter(r -> !r.startsWith("#")).toList();
        assertEquals(12, rows.size(), String.join("\n", rows));
        assertTrue(rows.get(0).matches("news\\.jsonl\ta0\t\\d+\t5000\tpeople\tNO_TERM\tSoldiers bussed ⟦5000⟧ residents.*"), rows.get(0));
        // judge them: people bussed to the camp are figures, football players are not
        StringBuilder verdicts = new StringBuilder("# test verdicts\n");
        for (String r : rows) {
            String[] f = r.split("\t");
            verdicts.append(String.join("\t", f[0], f[1], f[2], f[3], f[6].startsWith("Soldiers") ? "1" : "0")).append('\n');
        }
        Path v = tmp.resolve("verdicts.tsv");
        Files.writeString(v, verdicts.toString());
        Path model = tmp.resolve("m.tsv");
        Cli.Result t = Cli.run("train-figures", "--corpus", jsonl.toString(), "--verdicts", v.toString(), "--out", model.toString());
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("verdicts.tsv: 12 of 12 verdicts found their candidate in 12 corpus candidates, 6 figures"), t.out());
        assertTrue(t.out().contains("out of fold, news.jsonl: 12 candidates, 6 figures"), t.out());
        assertTrue(Files.readString(model).contains("--corpus news.jsonl --verdicts verdicts.tsv"));
    }

    @Test
    void aMissingOrBrokenModelIsAConfigurationErrorBeforeAnyWork() throws IOException {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"a\", \"text\": \"Some 300 people fled.\"}\n");
        Cli.Result missing = Cli.run("run", "--input", in.toString(), "--output", tmp.resolve("out").toString(),
                "--set", "displacement.model=" + tmp.resolve("nope.tsv"));
        assertEquals(ExitCodes.USAGE, missing.code(), missing.err());
        assertTrue(missing.err().contains("displacement.model") && missing.err().contains("nope.tsv"), missing.err());
        Path broken = tmp.resolve("broken.tsv");
        Files.writeString(broken, "@bias\t0.1\nR:fled\tnot-a-number\n");
        Cli.Result bad = Cli.run("run", "--input", in.toString(), "--output", tmp.resolve("out2").toString(),
                "--set", "displacement.model=" + broken);
        assertEquals(ExitCodes.USAGE, bad.code(), bad.err());
        assertTrue(bad.err().contains("line 2"), bad.err());
        assertNotEquals(0, Cli.run("train-figures", "--sentences", sentences().toString(), "--out", tmp.resolve("m.tsv").toString(),
                "--folds", "1").code());
    }

    @Test
    void aHeldOutFileIsRefused() throws IOException {
        Path held = tmp.resolve("heldout-x.tsv");
        Files.copy(sentences(), held);
        Cli.Result r = Cli.run("train-figures", "--sentences", held.toString(), "--out", tmp.resolve("m.tsv").toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("held-out set"), r.err());
    }
}

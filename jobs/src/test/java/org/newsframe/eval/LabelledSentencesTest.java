package org.newsframe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsframe.Annotators;

/**
 * The project's labelled displacement sentences: the dev set (written to tune the extractor, every
 * pattern of issue 10) is found whole; the held-out set (written separately, from the pattern list only,
 * never tuned on) keeps its measured floor, so a change that loses figures there fails.
 */
class LabelledSentencesTest {

    @TempDir
    Path tmp;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(LabelledSentencesTest.class.getResource("/displacement/" + name).toURI());
    }

    @Test
    void everyDevSentenceGivesExactlyItsFigures() throws Exception {
        LabelledSentences dev = LabelledSentences.run(LabelledSentences.read(resource("dev-sentences.tsv")), Annotators.standard());
        assertEquals(89, dev.outcomes().size());
        assertEquals(71, dev.gold());
        assertEquals(71, dev.found(), dev.errorsTsv());
        assertEquals(0, dev.falseFigures(), dev.errorsTsv());
        assertTrue(dev.termAccuracy() >= 0.94, dev.errorsTsv());
    }

    @Test
    void theHeldOutSetsKeepTheirMeasuredFloors() throws Exception {
        LabelledSentences held = LabelledSentences.run(LabelledSentences.read(resource("heldout-sentences.tsv")), Annotators.standard());
        assertEquals(121, held.gold());
        assertTrue(held.recall() >= 0.90, held.report("held-out"));
        assertTrue(held.precision() >= 0.98, held.report("held-out"));
        LabelledSentences second = LabelledSentences.run(LabelledSentences.read(resource("heldout2-sentences.tsv")), Annotators.standard());
        assertEquals(182, second.gold());
        assertEquals(14, second.projections()[0]);
        assertTrue(second.recall() >= 0.88, second.report("held-out 2"));
        assertTrue(second.precision() >= 0.98, second.report("held-out 2"));
        assertTrue(second.projections()[1] >= 12, second.report("held-out 2"));
        // held-out 3 (frozen before the fourth round of rules): monitoring reports, then news
        LabelledSentences reports = LabelledSentences.run(LabelledSentences.read(resource("heldout3-reports-sentences.tsv")), Annotators.standard());
        assertEquals(161, reports.gold());
        assertTrue(reports.recall() >= 0.84, reports.report("held-out 3, reports"));
        assertTrue(reports.precision() >= 0.96, reports.report("held-out 3, reports"));
        LabelledSentences news = LabelledSentences.run(LabelledSentences.read(resource("heldout3-news-sentences.tsv")), Annotators.standard());
        assertEquals(129, news.gold());
        assertTrue(news.recall() >= 0.90, news.report("held-out 3, news"));
        assertTrue(news.precision() >= 0.98, news.report("held-out 3, news"));
    }

    @Test
    void theFigureModelAddsFiguresTheRulesLeave() throws Exception {
        List<LabelledSentences.Sentence> s = LabelledSentences.read(resource("heldout2-sentences.tsv"));
        LabelledSentences rules = LabelledSentences.run(s, Annotators.standard());
        LabelledSentences model = LabelledSentences.run(s, Annotators.with("displacement.model=builtin"));
        assertEquals(0, rules.byModel()[0]);
        assertTrue(model.found() > rules.found(), rules.report("rules") + model.report("model"));
        assertTrue(model.byModel()[1] >= 0.9 * model.byModel()[0], "nine in ten figures the model keeps here are right: " + model.errorsTsv());
    }

    @Test
    void projectionsAreScoredApartFromCounts() throws IOException {
        Path tsv = tmp.resolve("p.tsv");
        Files.writeString(tsv, String.join("\n",
                "a\tUp to 200,000 people could be displaced if the dam fails.\t200000|people|displaced|projected",
                "b\tAuthorities plan to evacuate 5,000 residents, and 300 families fled on Monday.\t300|households|fled",
                "c\tSome 40 people were not displaced.\t"));
        LabelledSentences r = LabelledSentences.run(LabelledSentences.read(tsv), Annotators.standard());
        assertEquals(1, r.gold(), "a projection is no count");
        assertEquals(1, r.found(), r.errorsTsv());
        assertEquals(0, r.falseFigures(), r.errorsTsv());
        assertEquals(1, r.projections()[0]);
        assertEquals(1, r.projections()[1], r.report("p"));
        assertEquals(1, r.projections()[2], "plan to evacuate 5,000 is a projection no label names: " + r.report("p"));
    }

    @Test
    void aFigureMatchesOnQuantityAndUnitAndItsTermIsScoredApart() throws IOException {
        Path tsv = tmp.resolve("s.tsv");
        Files.writeString(tsv, String.join("\n",
                "# comment",
                "a\tAbout 2,000 families were displaced.\t2000|households|displaced",
                "b\tSome 300 people fled the town.\t300|people|evacuated",
                "c\tNet profit rose to 45 million dollars.\t",
                "d\tAbout 40 people were displaced.\t41|people|displaced"));
        List<LabelledSentences.Sentence> s = LabelledSentences.read(tsv);
        assertEquals(4, s.size());
        LabelledSentences r = LabelledSentences.run(s, Annotators.standard());
        assertEquals(3, r.gold());
        assertEquals(2, r.found(), r.errorsTsv());
        assertEquals(1, r.falseFigures(), "40 is not the labelled 41");
        assertEquals(0.5, r.termAccuracy(), 1e-9, "fled is not evacuated");
        assertTrue(r.errorsTsv().contains("d\t[41|people|displaced]\t[40|people|displaced]"), r.errorsTsv());
    }
}

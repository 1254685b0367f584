package org.newsframe.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlEvaluationTest {

    @Test
    void scoresShingleOverlapNormalisedPerPage() {
        // truth: 5 tokens → 2 shingles; prediction: the same 5 and 1 more → 3 shingles, 2 shared.
        HtmlEvaluation.PageScore s = HtmlEvaluation.score("k", "a b c d e", "a b c d e f");
        assertEquals(2.0 / 3, s.tp(), 1e-9);
        assertEquals(1.0 / 3, s.fp(), 1e-9);
        assertEquals(0.0, s.fn(), 1e-9);
        // fewer than 4 tokens make one shingle; punctuation is not a token
        assertEquals(1.0, HtmlEvaluation.score("k", "Hello, world!", "Hello world").tp(), 1e-9);
        assertEquals(0.0, HtmlEvaluation.score("k", "one two three four", "").tp(), 1e-9);
    }

    @Test
    void precisionAndRecallComeFromTheSumsOverPages() {
        HtmlEvaluation.Result r = new HtmlEvaluation.Result("x", List.of(
                new HtmlEvaluation.PageScore("a", 1, 0, 0),
                new HtmlEvaluation.PageScore("b", 0.5, 0, 0.5)), 1);
        assertEquals(1.0, r.precision(), 1e-9);
        assertEquals(0.75, r.recall(), 1e-9);
        assertEquals(2 * 0.75 / 1.75, r.f1(), 1e-9);
    }
}

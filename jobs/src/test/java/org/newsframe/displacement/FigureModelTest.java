package org.newsframe.displacement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The figure model: training is deterministic and learns, the TSV round-trips, the shipped one loads. */
class FigureModelTest {

    private static List<List<String>> features() {
        List<List<String>> x = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            x.add(List.of(i % 2 == 0 ? "cueR=displaced" : "R:affected", "mag=" + (i % 4), "noun=people"));
        }
        return x;
    }

    private static boolean[] labels() {
        boolean[] y = new boolean[40];
        for (int i = 0; i < y.length; i++) {
            y[i] = i % 2 == 0;
        }
        return y;
    }

    @Test
    void trainingLearnsTheCueAndIsDeterministic() {
        FigureModel a = FigureModel.train(features(), labels(), 0.001, 30, 7, 0.5, List.of("# test"));
        FigureModel b = FigureModel.train(features(), labels(), 0.001, 30, 7, 0.5, List.of("# test"));
        assertEquals(a.tsv(), b.tsv());
        assertTrue(a.probability(List.of("cueR=displaced", "noun=people")) > 0.9);
        assertTrue(a.probability(List.of("R:affected", "noun=people")) < 0.1);
        assertTrue(a.accepts(0.5) && !a.accepts(0.49));
    }

    @Test
    void theTsvRoundTrips() throws Exception {
        FigureModel a = FigureModel.train(features(), labels(), 0.001, 30, 7, 0.7, List.of("# header line"));
        FigureModel b = FigureModel.read(new ByteArrayInputStream(a.tsv().getBytes(StandardCharsets.UTF_8)));
        assertEquals(a.tsv(), b.tsv());
        assertEquals(0.7, b.threshold(), 1e-9);
        assertTrue(a.tsv().startsWith("# header line\n@bias\t"), a.tsv());
    }

    @Test
    void theShippedModelLoadsAndSaysHowItWasTrained() {
        FigureModel m = FigureModel.builtin();
        assertTrue(m.threshold() > 0 && m.threshold() < 1);
        assertTrue(m.tsv().contains("# Trained by: bin/newsframe train-figures"), "header kept");
        assertTrue(m.probability(List.of("out=NO_TERM")) > 0 && m.probability(List.of()) < 1);
    }
}

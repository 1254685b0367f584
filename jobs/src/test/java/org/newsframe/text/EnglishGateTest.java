package org.newsframe.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** English against the function words of other languages; too few to tell passes. Texts written here. */
class EnglishGateTest {

    @Test
    void englishPassesAndOtherLanguagesDoNot() {
        assertTrue(EnglishGate.english(TextAnalyzer.analyze("More than 2,000 people were displaced by the floods, which"
                + " destroyed their homes, and they have been staying with relatives since the river rose.")));
        assertFalse(EnglishGate.english(TextAnalyzer.analyze("Plus de 2 000 personnes sont victimes des inondations dans la"
                + " ville, selon les autorités qui ont fait le point avec des habitants.")));
        assertFalse(EnglishGate.english(TextAnalyzer.analyze("Lebih dari 200 rumah rusak dan warga mengungsi ke tempat yang"
                + " aman untuk sementara, kata kepala badan dengan warga dari desa itu pada Selasa.")));
        assertFalse(EnglishGate.english(TextAnalyzer.analyze("Las fuertes lluvias registradas durante el fin de semana dejaron"
                + " a cientos de familias que fueron evacuadas por los bomberos para que no corran riesgo.")));
    }

    @Test
    void aTableOrAHeadlineHasTooFewFunctionWordsToTellAndPasses() {
        AnalyzedText table = TextAnalyzer.analyze("LONDON OILS CLOSING - APR 7 SOYOIL Dutch fob Ex-Mill guilders per 100 kilos May/Jul 29.50");
        assertArrayEquals(new int[] {0, 0}, EnglishGate.counts(table));
        assertTrue(EnglishGate.english(table));
        assertTrue(EnglishGate.english(TextAnalyzer.analyze("Les Misérables opens in London")));
    }
}

package org.newsframe.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Languages of news paragraphs written here; tables and headlines are undetermined. */
public class OptimaizeIdentifierTest {

    private final LanguageIdentifier id = LanguageIdentifiers.get("optimaize");

    public static final String ENGLISH = "More than 2,000 people were displaced by the floods, which destroyed their homes across"
            + " the northern province, and many of them have been staying with relatives since the river rose last week.";
    public static final String FRENCH = "Plus de 2 000 personnes sont victimes des inondations dans la ville, selon les autorités"
            + " locales qui ont fait le point avec des habitants réfugiés dans les écoles du quartier depuis jeudi.";
    public static final String SPANISH = "Las fuertes lluvias registradas durante el fin de semana dejaron a cientos de familias"
            + " evacuadas por los bomberos, que trasladaron a los vecinos hacia albergues temporales en la ciudad.";
    public static final String INDONESIAN = "Lebih dari 200 rumah rusak dan warga mengungsi ke tempat yang aman untuk sementara,"
            + " kata kepala badan penanggulangan bencana daerah kepada wartawan pada hari Selasa di kantor bupati.";
    public static final String GERMAN = "Nach den schweren Regenfällen mussten mehrere tausend Menschen ihre Häuser verlassen und"
            + " wurden von den Behörden in Notunterkünften untergebracht, teilte die Stadtverwaltung am Montag mit.";
    public static final String RUSSIAN = "Более двух тысяч человек были эвакуированы из затопленных районов города после сильных"
            + " дождей, сообщили в местной администрации во вторник вечером журналистам.";

    @Test
    void newsParagraphsGetTheirLanguage() {
        assertEquals("en", id.identify(ENGLISH).code());
        assertEquals("fr", id.identify(FRENCH).code());
        assertEquals("es", id.identify(SPANISH).code());
        assertEquals("id", id.identify(INDONESIAN).code());
        assertEquals("de", id.identify(GERMAN).code());
        assertEquals("ru", id.identify(RUSSIAN).code());
        assertTrue(id.identify(FRENCH).confidence() >= OptimaizeIdentifier.MIN_PROBABILITY);
    }

    @Test
    void capitalsDoNotMakeEnglishForeign() {
        assertEquals("en", id.identify(ENGLISH.toUpperCase(java.util.Locale.ROOT)).code());
    }

    @Test
    void aResultsTableAHeadlineAndNothingAreUndetermined() {
        String table = "Shr 75 cts vs 52 cts     Net 1,699,124 vs 1,177,786     Revs 45.6 mln vs 31.6 mln     12 mths"
                + "     Shr 2.22 dlrs vs 1.90 dlrs     Net 5,033,012 vs 4,312,200     Revs 180.1 mln vs 155.2 mln";
        assertEquals(LanguageGuess.UNDETERMINED, id.identify(table));
        assertEquals(LanguageGuess.UNDETERMINED, id.identify("Floods displace thousands in the north"));
        assertEquals(LanguageGuess.UNDETERMINED, id.identify(""));
        assertEquals(LanguageGuess.UNDETERMINED, id.identify(null));
        assertNull(ProseSample.of("retrieval_failed"));
    }

    @Test
    void theSameTextAlwaysGetsTheSameGuess() {
        String mixed = ENGLISH + " " + FRENCH;
        LanguageGuess first = id.identify(mixed);
        for (int i = 0; i < 20; i++) {
            assertEquals(first, LanguageIdentifiers.get("optimaize").identify(mixed));
        }
    }

    @Test
    void noneLeavesEveryTextUndeterminedAndAnUnknownNameIsAnError() {
        assertEquals(LanguageGuess.UNDETERMINED, LanguageIdentifiers.get("none").identify(FRENCH));
        assertThrows(IllegalArgumentException.class, () -> LanguageIdentifiers.get("cld3"));
    }
}

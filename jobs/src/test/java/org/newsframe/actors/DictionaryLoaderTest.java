package org.newsframe.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsframe.schema.ActorType;
import org.newsframe.text.TextAnalyzer;

class DictionaryLoaderTest {

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void builtinCoversEveryCountryWithPeopleCapitalsAndTheRequiredGroups() {
        ActorDictionary d = DictionaryLoader.builtin();
        long countries = d.actors().stream().filter(a -> a.type() == ActorType.COUNTRY).count();
        assertTrue(countries >= 195, "countries: " + countries);
        for (String id : List.of("ISIS", "ISKP", "TALIBAN", "TTP", "AL_QAEDA", "AL_SHABAAB", "BOKO_HARAM", "HOUTHIS",
                "HAMAS", "HEZBOLLAH", "ETIM", "RSF_SUDAN", "M23", "UNHCR", "OCHA", "IOM", "NATO", "EU", "AU", "ICRC",
                "POP_SHIA", "POP_UYGHURS", "POP_ROHINGYA", "POP_AFG", "LOC_KABUL")) {
            assertTrue(d.get(id) != null, id);
        }
        assertEquals("LOC_DOHA", d.capitalLocationOf("QAT"));
        assertEquals(ActorType.POPULATION, d.get("POP_AFG").type());
    }

    @Test
    void userCsvAndJsonAddAndOverrideActors() {
        ActorDictionary d = DictionaryLoader.builtin();
        String csv = "# my actors\nactor_id,name,type,country,aliases,ambiguous\n"
                + "ISKP,ISIS-K (override),ARMED_GROUP,AFG,ISKP|IS-K,\n"
                + "NRF,National Resistance Front,ARMED_GROUP,AFG,NRF|Panjshir resistance,\n";
        DictionaryLoader.readActorsCsv(utf8(csv), "mine.csv", "user").forEach(d::put);
        String json = "[{\"actor_id\": \"PER_AHMAD_MASSOUD\", \"name\": \"Ahmad Massoud\", \"type\": \"PERSON\","
                + " \"country\": \"AFG\", \"aliases\": [\"Massoud\"]}]";
        DictionaryLoader.readActorsJson(utf8(json), "mine.json", "user").forEach(d::put);
        MentionFinder f = new MentionFinder(d);
        List<Mention> ms = f.find(TextAnalyzer.analyze("Massoud said the Panjshir resistance fought ISIS-K."));
        assertEquals(List.of("PER_AHMAD_MASSOUD", "NRF"), ms.stream().map(Mention::actorId).toList().subList(0, 2));
        assertEquals("ISIS-K (override)", d.get("ISKP").name());
        assertTrue(ms.stream().noneMatch(m -> m.text().equals("ISIS-K")), "override replaced the alias list");
    }

    @Test
    void phoenixNeverTakesOverCuratedNamesAndParentheticalsAreNotAliases() {
        String phoenix = "TALIBAN_ [AFGREB]\n+TALEBAN_\n\n"
                + "UNITED_STATES_VIRGIN_ISLANDS_  [USAVIR]\n+VIRGIN_ISLANDS_(US)_\n\n"
                + "E-HOUSE_(CHINA)_HOLDINGS_LIMITED [MNCCHN]\n\n"
                + "ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB]\n";
        ActorDictionary d = DictionaryLoader.builtin();
        java.util.Set<String> known = d.aliasKeys();
        PhoenixLoader.read(utf8(phoenix), "Phoenix.Test.actors.txt").forEach(a -> d.addWithoutOverriding(a, known));
        MentionFinder f = new MentionFinder(d);
        List<Mention> ms = f.find(TextAnalyzer.analyze(
                "The Taliban, the U.S. and China met; AAIA and the Virgin Islands stayed away."));
        assertEquals(List.of("TALIBAN", "USA", "CHN", "PHX_ADEN_ABYAN_ISLAMIC_ARMY", "PHX_UNITED_STATES_VIRGIN_ISLANDS"),
                ms.stream().map(Mention::actorId).toList());
        assertTrue(d.get("PHX_TALIBAN") == null, "no new names left for the Phoenix Taliban entry");
    }

    @Test
    void badRowsAreClearErrors() {
        DictionaryError e = assertThrows(DictionaryError.class, () -> DictionaryLoader.readActorsCsv(
                utf8("actor_id,name,type,country,aliases,ambiguous\nX,Y,WIZARD,,,\n"), "bad.csv", "user"));
        assertTrue(e.getMessage().contains("bad.csv row 2: unknown type 'WIZARD'"), e.getMessage());
        assertThrows(DictionaryError.class, () -> DictionaryLoader.readActorsCsv(
                utf8("actor_id,name,type,country,aliases,ambiguous\nX,Y,IGO,Afghanistan,,\n"), "bad.csv", "user"));
    }

    @Test
    void phoenixEntriesMergeIntoCountriesAndBecomeActors() {
        String phoenix = "# comment\n"
                + "AFGHANISTAN_  [AFG]\n+AFGHANESTAN_ \n+KANDAHAR_ # a province\n\n"
                + "TALIBAN_FRONT_OF_TESTING_ [AFGREB] #  kkl\n+FRONT_OF_TESTING_\n\n"
                + "UN_TEST_MISSION\n+UNTM\n\t[IGOUNO]\n";
        List<Actor> actors = PhoenixLoader.read(utf8(phoenix), "Phoenix.Test.actors.txt");
        assertEquals(List.of("AFG", "PHX_TALIBAN_FRONT_OF_TESTING", "PHX_UN_TEST_MISSION"),
                actors.stream().map(Actor::id).toList());
        assertEquals(ActorType.ARMED_GROUP, actors.get(1).type());
        assertEquals("AFG", actors.get(1).country());
        assertEquals(ActorType.IGO, actors.get(2).type());
        ActorDictionary d = DictionaryLoader.builtin();
        java.util.Set<String> known = d.aliasKeys();
        actors.forEach(a -> d.addWithoutOverriding(a, known));
        MentionFinder f = new MentionFinder(d);
        List<Mention> ms = f.find(TextAnalyzer.analyze("Fighting in Kandahar; the Front of Testing and UNTM replied."));
        assertEquals(List.of("AFG", "PHX_TALIBAN_FRONT_OF_TESTING", "PHX_UN_TEST_MISSION"),
                ms.stream().map(Mention::actorId).toList());
    }
}

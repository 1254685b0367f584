package org.newsframe.actors;

import java.util.Set;
import org.newsframe.text.Words;

/** Word lists the name heuristic and the ambiguity rules use; lower-case keys. */
final class NameCues {

    private NameCues() {}

    private static Set<String> set(String... words) {
        return org.newsframe.text.Words.lookupSet(java.util.Arrays.asList(words));
    }

    /** Titles and roles that introduce a person's name ("spokesperson Suhail Shaheen"). */
    static final Set<String> TITLES = set(
            "president", "vice", "prime", "minister", "ministers", "secretary", "spokesperson", "spokesman",
            "spokeswoman", "official", "officials", "deputy", "director", "general", "gen", "commander", "leader",
            "chief", "envoy", "ambassador", "analyst", "professor", "prof", "dr", "mr", "mrs", "ms", "sen", "rep",
            "gov", "king", "queen", "prince", "princess", "sheikh", "shaikh", "mullah", "maulvi", "mawlawi", "imam",
            "pope", "chancellor", "senator", "governor", "mayor", "judge", "justice", "lt", "col", "capt", "sgt",
            "maj", "colonel", "captain", "lieutenant", "major", "sergeant", "admiral", "marshal", "journalist",
            "reporter", "correspondent", "researcher", "activist", "lawyer", "attorney", "chairman", "chairwoman",
            "chair", "founder", "ceo", "adviser", "advisor", "representative", "negotiator", "cleric", "mufti",
            "emir", "amir", "commissioner", "coordinator", "head", "fellow", "expert", "mediator", "economist",
            "scholar", "dean", "rector", "bishop", "archbishop", "cardinal", "rabbi", "ayatollah", "speaker",
            "premier", "counsel", "producer", "editor", "author", "writer", "columnist", "administrator",
            "superintendent", "inspector", "sheriff", "warlord", "militant", "rebel", "commandant", "sultan",
            "crown", "foreign", "defence", "defense", "interior", "finance", "acting", "former", "senior", "top");

    /** Title words that are only titles when capitalised right before the name. */
    static final Set<String> WEAK_TITLES = set("foreign", "defence", "defense", "interior", "finance", "acting",
            "former", "senior", "top", "crown", "vice", "prime", "general", "major", "head", "chair");

    /** Verbs of saying that mark their subject or object as a person ("Shaheen said"). */
    static final Set<String> SPEECH = Words.with(Words.SPEECH_VERBS, "states", "writes", "notes", "warned", "warns",
            "explained", "argued", "asked", "replied", "remarked", "posted", "confirmed", "denied", "acknowledged");

    /** Last words that make a capitalised phrase an organisation ("the Wilson Center"). */
    static final Set<String> ORG_HEADS = set("center", "centre", "institute", "institution", "council",
            "committee", "party", "front", "movement", "army", "brigade", "brigades", "agency", "organization",
            "organisation", "association", "university", "college", "ministry", "bank", "fund", "foundation",
            "program", "programme", "commission", "court", "network", "group", "union", "alliance", "forces",
            "corps", "police", "service", "society", "federation", "coalition", "league", "authority", "board",
            "office", "department", "company", "corporation", "inc", "ltd", "mission", "directorate", "assembly",
            "parliament", "battalion", "militia", "tribunal", "trust", "initiative", "project", "observatory",
            "hospital", "airlines", "airways", "command", "headquarters", "council", "secretariat", "bureau",
            "division", "regiment", "unit", "units", "guard", "guards", "cartel", "clan", "tribe", "government",
            "administration", "cabinet", "senate", "congress", "prison", "camp", "school", "mosque", "church");

    /** Organisation heads that make it a news outlet. */
    static final Set<String> MEDIA_HEADS = set("press", "times", "post", "herald", "tribune", "journal",
            "gazette", "news", "radio", "television", "tv", "telegraph", "chronicle", "daily", "magazine");

    /** Lower-case words allowed inside a capitalised name or organisation name. */
    static final Set<String> CONNECTORS = set("bin", "bint", "ibn", "al", "el", "de", "del", "da", "dos", "van",
            "von", "der", "den", "la", "le", "ul", "ud", "ur");
    static final Set<String> ORG_CONNECTORS = set("of", "for", "and", "on", "the", "&");

    /** Capitalised words that are never part of a name. */
    static final Set<String> NOT_NAMES = Words.union(Words.MONTHS, Words.WEEKDAYS, set("the", "a", "an", "in", "on", "at", "this", "that", "these",
            "those", "he", "she", "it", "they", "we", "i", "his", "her", "their", "its", "our", "but", "and", "or",
            "if", "when", "while", "after", "before", "as", "since", "however", "meanwhile", "there", "here",
            "what", "who", "why", "how", "where", "some", "many", "most", "all", "both", "one", "two", "three",
            "according", "following", "during", "despite", "under", "with", "from", "for", "by", "to", "of",
            "islamic", "muslim", "muslims", "christian", "christians", "western", "eastern", "northern",
            "southern", "central", "north", "south", "east", "west", "mr", "mrs", "ms", "dr", "so", "yet", "also",
            "then", "now", "today", "yesterday", "tomorrow", "last", "next", "new", "our", "my", "your", "no",
            "not", "more", "than", "state", "government", "ministry", "international", "national", "human",
            "rights", "security", "military", "foreign", "affairs", "later", "earlier", "still", "instead",
            "separately", "additionally", "moreover", "furthermore", "recently", "previously", "initially",
            "finally", "eventually", "afterwards", "nevertheless", "indeed", "thus", "hence", "already", "even",
            "only", "just", "such", "every", "each", "other", "another", "several", "few", "asked", "speaking",
            "reporting", "additional", "editing", "writing", "photo", "video", "read", "see", "click", "watch"));

    /** Months and weekdays that are also surnames or given names; allowed inside a titled name ("Prime Minister May"). */
    static final Set<String> NAME_LIKE_DATES = set("may", "june", "april", "august");

    /** Words before a capital city that make it a place, not a government ("talks in Doha"). */
    static final Set<String> LOCATIVE = set("in", "at", "from", "near", "outside", "inside", "around", "across",
            "into", "through", "via", "toward", "towards", "within", "throughout", "arrived", "visited");

    /** Nouns after a capital that make it a place ("the Doha talks"). */
    static final Set<String> PLACE_NOUNS = set("talks", "meeting", "meetings", "summit", "conference",
            "agreement", "accord", "process", "airport", "residents", "office", "embassy", "meetings", "round",
            "negotiations", "attack", "bombing", "blast", "province", "district", "city", "region");

    /** Words before an ambiguous country name that make it a country ("fled to Chad"). */
    static final Set<String> COUNTRY_CUES = set("in", "to", "from", "of", "into", "across", "with", "between",
            "and", "neighbouring", "neighboring", "visit", "visited", "toward", "towards", "against", "by", "via",
            "near", "entered", "border", "occupied", "invaded", "attacked");
}

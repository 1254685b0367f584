package org.newsframe.displacement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsframe.text.Words;

/**
 * The words the figure extractor reads, on token keys (lower case, accents folded): counted nouns, the
 * words that give a term, the words that make a number something else (casualties, money, measures), the
 * hedges that make it hypothetical, and the hazard and conflict words that give a cause. One place, so
 * docs/displacement.md can list them and a change is one edit.
 */
final class Vocabulary {

    private Vocabulary() {}

    /** An immutable set; repeated words are allowed (lists are edited by hand). */
    private static Set<String> set(String... words) {
        return Words.lookupSet(java.util.Arrays.asList(words));
    }

    /** Nouns that count people. */
    static final Set<String> PEOPLE = set("people", "persons", "person", "individuals", "residents",
            "villagers", "inhabitants", "civilians", "children", "women", "men", "citizens", "nationals",
            "migrants", "workers", "students", "pilgrims", "tourists", "passengers", "survivors", "others",
            "locals", "farmers", "fishermen", "souls", "dwellers",
            "occupants", "tenants", "minors", "girls", "boys", "youths", "elderly", "patients", "prisoners",
            "detainees", "herders", "nomads", "pastoralists", "peasants", "squatters", "settlers", "seekers",
            "ppl", "ind", "indiv", "pers", "travellers", "travelers", "commuters", "motorists", "holidaymakers");

    /** Nouns that count households. */
    static final Set<String> HOUSEHOLDS = set("families", "family", "households", "household", "hh", "hhs");

    /** Nouns that count homes (the unit is households). */
    static final Set<String> HOUSING = set("homes", "houses", "house", "home", "housing", "dwellings",
            "dwelling", "shelters", "huts", "hut", "buildings", "residences", "apartments", "flats", "shacks",
            "shanties", "structures", "homesteads", "cottages");

    /** Nouns that count people and say what happened to them. */
    static final Map<String, Term> TERM_NOUNS = Map.ofEntries(
            Map.entry("idps", Term.DISPLACED), Map.entry("idp", Term.DISPLACED),
            Map.entry("displaced", Term.DISPLACED), Map.entry("refugees", Term.REFUGEES),
            Map.entry("refugee", Term.REFUGEES), Map.entry("evacuees", Term.EVACUATED),
            Map.entry("returnees", Term.RETURNED), Map.entry("deportees", Term.DEPORTED),
            Map.entry("homeless", Term.HOMELESS), Map.entry("asylum-seekers", Term.ASYLUM_SEEKERS),
            Map.entry("displacements", Term.DISPLACED), Map.entry("evictees", Term.DISPLACED));

    /** Words that give a term wherever they stand near the number (participles, verbs, adjectives). */
    static final Map<String, Term> TRIGGERS = new HashMap<>();

    static {
        put(Term.DISPLACED, "displaced", "displace", "displacing", "uprooted", "displacement", "evicted", "evicting");
        put(Term.FLED, "fled", "flee", "fleeing", "flees", "escaped", "escaping", "trekked", "streamed"); // "forced to  ee": see LigatureRepair
        put(Term.EVACUATED, "evacuated", "evacuate", "evacuating", "evacuation", "evacuations", "evacuees", "airlifted", "ferried", "bussed", "bused");
        put(Term.REFUGEES, "refugees", "refugee");
        put(Term.RETURNED, "returned", "return", "returning", "returns", "returnees", "repatriated",
                "repatriation");
        put(Term.RELOCATED, "relocated", "relocate", "relocating", "relocation", "resettled", "resettle",
                "resettlement", "rehoused", "moved");
        put(Term.HOMELESS, "homeless", "houseless");
        put(Term.SHELTERED, "sheltered", "sheltering", "housed", "accommodated", "hosted", "camped", "camping", "squatting");
        put(Term.DESTROYED_HOUSING, "destroyed", "razed", "flattened", "demolished", "collapsed", "gutted",
                "levelled", "leveled", "uninhabitable", "burned", "burnt", "torched", "obliterated", "buried", "toppled", "destroying",
                "razing", "flattening", "demolishing");
        put(Term.DAMAGED_HOUSING, "damaged", "inundated", "flooded", "submerged", "unroofed", "damaging",
                "inundating", "damage", "cracked");
        put(Term.STRANDED, "stranded", "trapped", "marooned", "stranding");
        put(Term.DEPORTED, "deported", "deporting", "deportation", "deportations", "expelled", "expelling",
                "expulsion", "deportees");
    }

    private static void put(Term t, String... words) {
        for (String w : words) {
            TRIGGERS.put(w, t);
        }
    }

    /** Verbs before the number that act on it: "displacing 2,000 people", "destroying 25,000 homes". */
    static final Map<String, Term> ACTIVE = Map.ofEntries(
            Map.entry("displaced", Term.DISPLACED), Map.entry("displacing", Term.DISPLACED),
            Map.entry("displaces", Term.DISPLACED), Map.entry("displace", Term.DISPLACED),
            Map.entry("uprooted", Term.DISPLACED), Map.entry("uprooting", Term.DISPLACED),
            Map.entry("evacuated", Term.EVACUATED), Map.entry("evacuating", Term.EVACUATED),
            Map.entry("evacuates", Term.EVACUATED), Map.entry("evacuate", Term.EVACUATED),
            Map.entry("relocated", Term.RELOCATED), Map.entry("relocating", Term.RELOCATED),
            Map.entry("resettled", Term.RELOCATED), Map.entry("resettling", Term.RELOCATED),
            Map.entry("destroyed", Term.DESTROYED_HOUSING), Map.entry("destroying", Term.DESTROYED_HOUSING),
            Map.entry("destroys", Term.DESTROYED_HOUSING), Map.entry("razed", Term.DESTROYED_HOUSING),
            Map.entry("razing", Term.DESTROYED_HOUSING), Map.entry("flattened", Term.DESTROYED_HOUSING),
            Map.entry("flattening", Term.DESTROYED_HOUSING), Map.entry("demolished", Term.DESTROYED_HOUSING),
            Map.entry("demolishing", Term.DESTROYED_HOUSING), Map.entry("toppled", Term.DESTROYED_HOUSING),
            Map.entry("toppling", Term.DESTROYED_HOUSING), Map.entry("buried", Term.DESTROYED_HOUSING),
            Map.entry("burying", Term.DESTROYED_HOUSING), Map.entry("damaged", Term.DAMAGED_HOUSING),
            Map.entry("damaging", Term.DAMAGED_HOUSING), Map.entry("damages", Term.DAMAGED_HOUSING),
            Map.entry("inundated", Term.DAMAGED_HOUSING), Map.entry("inundating", Term.DAMAGED_HOUSING),
            Map.entry("flooding", Term.DAMAGED_HOUSING), Map.entry("deported", Term.DEPORTED),
            Map.entry("deporting", Term.DEPORTED), Map.entry("expelled", Term.DEPORTED),
            Map.entry("expelling", Term.DEPORTED), Map.entry("sheltering", Term.SHELTERED),
            Map.entry("sheltered", Term.SHELTERED), Map.entry("housing", Term.SHELTERED),
            Map.entry("accommodating", Term.SHELTERED), Map.entry("repatriated", Term.RETURNED),
            Map.entry("repatriating", Term.RETURNED), Map.entry("stranded", Term.STRANDED),
            Map.entry("stranding", Term.STRANDED), Map.entry("evicted", Term.DISPLACED),
            Map.entry("evicting", Term.DISPLACED), Map.entry("submerged", Term.DAMAGED_HOUSING),
            Map.entry("submerging", Term.DAMAGED_HOUSING), Map.entry("flooded", Term.DAMAGED_HOUSING),
            Map.entry("wrecked", Term.DESTROYED_HOUSING), Map.entry("devastated", Term.DESTROYED_HOUSING),
            Map.entry("burned", Term.DESTROYED_HOUSING), Map.entry("burnt", Term.DESTROYED_HOUSING),
            Map.entry("torched", Term.DESTROYED_HOUSING), Map.entry("gutted", Term.DESTROYED_HOUSING),
            Map.entry("airlifted", Term.EVACUATED), Map.entry("airlifting", Term.EVACUATED),
            Map.entry("hosting", Term.SHELTERED), Map.entry("hosts", Term.SHELTERED), Map.entry("host", Term.SHELTERED),
            Map.entry("shelter", Term.SHELTERED), Map.entry("shelters", Term.SHELTERED),
            Map.entry("accommodate", Term.SHELTERED), Map.entry("accommodates", Term.SHELTERED));

    /** Verbs of hosting before a count: where the people are, not what happened to them. */
    static final Set<String> HOSTING = set("hosting", "hosts", "host", "hosted", "housing", "accommodating", "sheltering",
            "shelter", "shelters", "accommodate", "accommodates");

    /** The nouns of a population that is itself displaced: "the camp population reached 58,210 refugees". */
    static final Set<String> DISPLACED_POPULATIONS = set("camp", "camps", "idp", "refugee", "displaced", "site", "settlement");

    /**
     * Verbs with a particle before the number that act on it: "swept away 31 dwellings", "burnt down 58
     * houses", "pushed back 217 migrants", "cut off 4,500 villagers", "drove out its 600 inhabitants". The
     * key is the verb and the particle, one space between.
     */
    static final Map<String, Term> PARTICLE_ACTIVE = particleVerbs();

    private static Map<String, Term> particleVerbs() {
        Map<String, Term> m = new HashMap<>();
        for (String v : List.of("swept", "sweeping", "washed", "washing", "carried", "carrying")) {
            m.put(v + " away", Term.DESTROYED_HOUSING);
        }
        for (String v : List.of("burnt", "burned", "burning", "tore", "torn", "tearing", "pulled", "pulling",
                "knocked", "knocking", "brought", "bringing", "bulldozed")) {
            m.put(v + " down", Term.DESTROYED_HOUSING);
        }
        for (String v : List.of("pushed", "pushing", "turned", "turning", "sent", "sending", "forced", "forcing")) {
            m.put(v + " back", Term.DEPORTED);
        }
        for (String v : List.of("cut", "cutting")) {
            m.put(v + " off", Term.STRANDED);
        }
        for (String v : List.of("drove", "driving", "driven", "forced", "forcing", "chased", "chasing", "pushed",
                "pushing")) { // not "threw out" ("threw out a two mln dlr libel award", Reuters-21578) nor "kicked out"
            m.put(v + " out", Term.DISPLACED);
        }
        m.put("forcibly returned", Term.DEPORTED);
        m.put("forcibly returning", Term.DEPORTED);
        return Map.copyOf(m);
    }

    /** Verbs before the number whose complement after it gives the term: "forcing 5,000 people to flee". */
    static final Set<String> CAUSATIVE = set("forced", "forcing", "forces", "force", "left", "leaving",
            "leaves", "leave", "rendered", "rendering", "made", "making", "driven", "drove", "driving", "urged",
            "urging", "ordered", "ordering", "asked", "advised", "told", "instructed");

    /** Event nouns before "of": "the return of 1,005 families", "the evacuation of 60 families". */
    static final Map<String, Term> EVENTS = Map.ofEntries(
            Map.entry("return", Term.RETURNED), Map.entry("returns", Term.RETURNED),
            Map.entry("repatriation", Term.RETURNED), Map.entry("evacuation", Term.EVACUATED),
            Map.entry("evacuations", Term.EVACUATED), Map.entry("displacement", Term.DISPLACED),
            Map.entry("relocation", Term.RELOCATED), Map.entry("resettlement", Term.RELOCATED),
            Map.entry("deportation", Term.DEPORTED), Map.entry("deportations", Term.DEPORTED),
            Map.entry("expulsion", Term.DEPORTED), Map.entry("exodus", Term.FLED), Map.entry("flight", Term.FLED),
            Map.entry("destruction", Term.DESTROYED_HOUSING), Map.entry("collapse", Term.DESTROYED_HOUSING),
            Map.entry("demolition", Term.DESTROYED_HOUSING), Map.entry("demolitions", Term.DESTROYED_HOUSING),
            Map.entry("eviction", Term.DISPLACED), Map.entry("evictions", Term.DISPLACED));

    /** Words that make the number a count of something other than displacement. */
    static final Set<String> CASUALTY = set("killed", "killing", "kills", "kill", "dead", "died", "die", "dies",
            "dying", "injured", "injuring", "injuries", "wounded", "wounding", "hurt", "missing", "drowned",
            "perished", "deaths", "death", "fatalities", "casualties", "murdered", "executed", "kidnapped",
            "abducted", "arrested", "detained", "infected", "hospitalized", "hospitalised",
            "lives", "bodies", "toll", "slain", "massacred", "beheaded");

    /** Verbs of events that are not displacement: "hundreds living in camps have joined the group". */
    static final Set<String> OTHER_EVENTS = set("joined", "recruited", "enlisted", "surrendered", "voted",
            "watched", "signed", "cast", "surveyed", "interviewed", "polled", "questioned",
            "protested", "attended", "rallied", "demonstrated", "marched", "trained", "graduated", "vaccinated",
            "treated", "fed", "registered", "employed");

    /** Nouns of a part: before "of the N people" the N is still a figure ("half of the 70,000 people displaced"). */
    static final Set<String> PARTITIVES = set("half", "one", "share", "percent", "cent", "third", "quarter", "most", "many", "some");

    /** Nouns before "of" that make the number something else: "a city of 170,000", "one of the two". */
    static final Set<String> NOT_OF = set("city", "town", "village", "population", "size", "one", "capacity",
            "district", "province", "region", "county", "country", "nation", "community", "island", "municipality",
            "survey", "study", "sample", "poll", "census", "group",
            "average", "age", "ages", "rate", "ratio", "family", "half", "percent", "cent", "share", "budget",
            "sum", "cost", "value", "worth", "fine", "loan", "grant", "aid", "tune");

    /** Words before a number that make it a name or an ordinal: "Round 14", "Phase 3", "Wave 2". */
    static final Set<String> IDENTIFIER_WORDS = set("round", "phase", "wave", "cycle", "stage", "grade", "level",
            "category", "article", "section", "chapter", "paragraph", "annex", "table", "figure", "map", "box",
            "resolution", "route", "highway", "flight", "zone", "sector", "block", "ward", "precinct", "version");

    /** Relative pronouns: "shelling that killed three people". */
    static final Set<String> RELATIVES = set("that", "which", "who");

    /** Words of a qualifier before a number: "killing at least 12", "more than 40". */
    static final Set<String> QUALIFIER_WORDS = set("at", "least", "more", "than", "about", "some", "nearly", "over",
            "around", "almost", "roughly", "up", "to", "as", "many", "an", "estimated");

    /** Prepositions of a phrase that counts the places of a figure: "from 11 villages", "in 38 centres". */
    static final Set<String> PLACE_PREPOSITIONS = set("from", "in", "across", "inside", "at", "of");

    /** Verbs of a report that a place of shelter may follow: "26,450 individuals were recorded in 38 collective centres". */
    static final Set<String> RECORDED_IN = set("recorded", "counted", "registered", "reported", "identified", "enumerated");

    /** Places counted in a phrase of a figure: "from 11 villages", "in 38 collective centres", "across 14 districts". */
    static final Set<String> PLACES_COUNTED = set("villages", "towns", "districts", "communities", "camps",
            "centres", "centers", "sites", "settlements", "locations", "provinces", "municipalities", "regions",
            "counties", "states", "neighbourhoods", "neighborhoods", "localities", "communes", "barangays", "schools",
            "shelters", "collective", "evacuation", "relief", "idp", "displacement", "temporary", "informal");

    /** Nouns of a running total: "the number of people evacuated rose to", "the displacement figure stands at". */
    static final Set<String> STOCK_NOUNS = set("number", "figure", "figures", "total", "tally", "count", "caseload");

    /** Facilities counted with a displacement word: "501 evacuation centres", "12 relief camps". */
    static final Set<String> FACILITIES = set("centres", "centers", "centre", "center", "camps", "camp", "sites",
            "site", "shelters", "points", "teams", "flights", "orders", "notices", "warnings", "routes", "vehicles",
            "buses", "boats", "operations", "plans", "missions", "convoys");

    /** Words before a number that make it a population size, not a displacement: "a population of 1.5 million". */
    static final Set<String> POPULATION_SIZE = set("population", "populations", "inhabited", "census", "size",
            "average");

    /** Words between a counted noun and "in camps" that keep it about where the people stay. */
    static final Set<String> STAY = set("are", "were", "is", "was", "have", "has", "had", "been", "be", "being",
            "now", "still", "currently", "living", "live", "lived", "lives", "staying", "stay", "stayed",
            "sheltering", "housed", "placed", "taken", "put", "remain", "remained", "remaining", "to", "already",
            "temporarily", "who", "which", "that", "sleeping", "camping", "crammed", "crowded", "packed",
            "accommodated", "hosted", "residing", "reside", "settled", "sought", "seeking", "found", "took",
            "taking", "refuge", "shelter", "registered", "recorded", "counted", "enumerated", "identified", "moved", "relocated", "evacuated", "transferred", "all",
            "forced", "sent", "brought", "bussed", "herded", "packed", "continuing", "continue", "continued");

    /** Where refuge is abroad: "sought refuge in neighbouring countries". */
    static final Set<String> ABROAD = set("abroad", "neighbouring", "neighboring", "countries", "overseas",
            "foreign");

    /** Places people leave: "left their homes", "left the two towns". */
    static final Set<String> LEFT_PLACES = set("homes", "houses", "towns", "town", "city", "cities",
            "villages", "village", "area", "areas", "country", "region", "district", "districts", "neighbourhood",
            "neighborhood", "neighbourhoods", "province", "enclave", "island");

    /** Words that make what follows hypothetical, planned or denied: not a figure of what happened. */
    static final Set<String> HEDGES = set("might", "could", "would", "will", "should", "shall", "expected",
            "likely", "plan", "plans", "planned", "planning", "threatened", "threatens", "threaten", "threatening", "risk", "if", "unless", "not", "never",
            "n't", "cannot", "able", "want", "wants", "wish", "hope", "hoping", "intend", "intends", "prepared",
            "ready", "allowed", "need", "needs", "potentially", "possibly", "set", "may", "unable", "awaiting",
            "await", "recommended", "proposed", "aims", "aim", "target", "targets", "preparing", "possible",
            "expects", "expect");

    /**
     * Verbs before a number that count people as a sample, not as displaced: "a survey of", "interviews
     * with", "vaccinated 9,500 children", "met 12 refugee leaders".
     */
    static final Set<String> SAMPLING = set("interviewed", "surveyed", "polled", "questioned", "met", "vaccinated",
            "treated", "interviewing", "surveying", "sampled", "trained", "employs", "employed", "hired");

    /** Nouns before "with" that make the people after it a sample: "interviews with 2,300 refugees". */
    static final Set<String> SAMPLE_WITH = set("interviews", "conversations", "talks", "meetings", "consultations",
            "discussions", "survey", "surveys");

    /** Words after the number that measure something else: durations, ages, distances, areas, money. */
    static final Set<String> MEASURES = set("year", "years", "day", "days", "week", "weeks", "month", "months",
            "hour", "hours", "minute", "minutes", "second", "seconds", "decade", "decades", "century", "centuries",
            "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile", "metres", "meters",
            "metre", "meter", "m", "mm", "cm", "feet", "ft", "foot", "inches", "inch", "kg", "kilograms", "tonnes",
            "tons", "tonne", "ton", "hectares", "hectare", "ha", "acres", "acre", "sq", "square", "degrees",
            "mph", "kph", "mw", "gw", "kw", "litres", "liters", "gallons", "barrels", "percent", "pc", "points",
            "times", "dollars", "dollar", "euros", "euro", "pounds", "rupees", "yuan", "yen", "francs", "riyals",
            "dirhams", "lira", "liras", "afghanis", "taka", "pesos", "usd", "eur", "gbp", "cents", "shillings",
            "naira", "rand", "baht", "dong", "ringgit", "rubles", "roubles", "hryvnia", "votes", "seats", "cases",
            "cattle", "livestock", "animals", "sheep", "goats", "vehicles", "cars", "trucks", "schools",
            "hospitals", "troops", "soldiers", "fighters", "militants", "police", "officers", "policemen",
            "rockets", "missiles", "bombs", "shells", "tanks", "aircraft", "planes", "jets", "drones", "boats",
            "ships", "magnitude", "storeys", "stories", "floors", "page", "pages", "words", "tweets", "calls",
            "shares", "barrel", "hectolitres", "bags", "packages", "kits", "meals", "doses", "tents",
            // places and objects counted near displacement words: "4 towns", "5 IDP camps", "dozens of buses"
            "towns", "villages", "camps", "buses", "airstrikes", "strikes", "targets", "facilities", "cities",
            "districts", "provinces", "countries", "neighbourhoods", "neighborhoods", "areas", "regions", "sites",
            "members", "insurgents", "gunmen", "rebels", "jihadists", "recruits", "convoys", "flights", "hostages",
            "attacks", "raids", "checkpoints", "positions", "bases", "mosques", "churches", "markets", "bridges",
            "roads", "classrooms", "settlements", "municipalities", "communes", "counties", "states", "nations",
            "organisations", "organizations", "agencies", "partners", "projects", "programmes", "programs",
            "units", "centres", "centers", "disasters", "incidents", "events", "earthquakes", "floods", "storms",
            "landslides", "fires", "times");

    /** Currency signs and codes written before a number. */
    static final Set<String> CURRENCY = set("$", "€", "£", "¥", "₹", "us$", "usd", "rs", "inr", "eur",
            "gbp", "a$", "c$", "rmb", "sh", "ksh", "php", "idr", "pkr", "bdt", "afn");

    /** Words that end the noun phrase after a number. */
    static final Set<String> NP_STOPS = set("in", "from", "to", "at", "on", "by", "across", "since", "after",
            "due", "with", "for", "as", "who", "which", "that", "and", "or", "were", "was", "have", "has", "had",
            "are", "is", "be", "been", "will", "would", "could", "might", "may", "must", "remain", "remained",
            "remain", "still", "now", "also", "had", "into", "than", "of", "living", "staying", "lived", "being",
            "whose", "while", "but", "following", "because", "near", "around", "over", "under", "between",
            "within", "without", "during", "including", "this", "last", "so", "all", "each", "respectively",
            "alone", "there", "have", "need", "needed", "became", "become", "got", "get", "fled", "returned");

    /** Words that end the clause a term is looked for in. */
    static final Set<String> CLAUSE_STOPS = set("but", "while", "whereas", "although", "though", "however",
            "meanwhile", "yet");

    /** Nouns of places people shelter in: "in relief camps", "in evacuation centres". */
    static final Set<String> SHELTER_PLACES = set("camps", "camp", "shelters", "shelter", "centres", "centers",
            "centre", "center", "tents", "sites", "settlements", "accommodation");

    static final Set<String> REPORTING = Words.with(Words.SPEECH_VERBS, "say", "states",
            "reported", "reports", "announces", "notes", "adds", "estimated",
            "estimates", "confirmed", "confirms", "claims", "warned", "warns", "explained", "revealed",
            "informed", "indicated", "according", "stressed", "highlighted",
            "acknowledged", "admitted", "believes", "believed", "calculated");

    /** Hazard words → IDMC hazard category. */
    static final Map<String, String> HAZARDS = Map.ofEntries(
            Map.entry("flood", "flood"), Map.entry("floods", "flood"), Map.entry("flooding", "flood"),
            Map.entry("floodwaters", "flood"), Map.entry("floodwater", "flood"), Map.entry("inundation", "flood"),
            Map.entry("deluge", "flood"), Map.entry("monsoon", "flood"), Map.entry("rains", "flood"),
            Map.entry("rain", "flood"), Map.entry("rainfall", "flood"), Map.entry("downpours", "flood"),
            Map.entry("downpour", "flood"), Map.entry("flooded", "flood"),
            Map.entry("storm", "storm"), Map.entry("storms", "storm"), Map.entry("cyclone", "storm"),
            Map.entry("typhoon", "storm"), Map.entry("hurricane", "storm"), Map.entry("tornado", "storm"),
            Map.entry("tornadoes", "storm"), Map.entry("gale", "storm"), Map.entry("winds", "storm"),
            Map.entry("tempest", "storm"), Map.entry("hailstorm", "storm"),
            Map.entry("earthquake", "earthquake"), Map.entry("quake", "earthquake"),
            Map.entry("earthquakes", "earthquake"), Map.entry("tremor", "earthquake"),
            Map.entry("tremors", "earthquake"), Map.entry("aftershocks", "earthquake"),
            Map.entry("aftershock", "earthquake"), Map.entry("seismic", "earthquake"),
            Map.entry("tsunami", "tsunami"),
            Map.entry("landslide", "landslide"), Map.entry("landslides", "landslide"),
            Map.entry("mudslide", "landslide"), Map.entry("mudslides", "landslide"),
            Map.entry("landslip", "landslide"), Map.entry("avalanche", "landslide"),
            Map.entry("wildfire", "wildfire"), Map.entry("wildfires", "wildfire"), Map.entry("bushfire", "wildfire"),
            Map.entry("bushfires", "wildfire"), Map.entry("fire", "wildfire"), Map.entry("fires", "wildfire"),
            Map.entry("blaze", "wildfire"), Map.entry("flames", "wildfire"),
            Map.entry("volcano", "volcano"), Map.entry("eruption", "volcano"), Map.entry("volcanic", "volcano"),
            Map.entry("lava", "volcano"),
            Map.entry("drought", "drought"), Map.entry("droughts", "drought"),
            Map.entry("heatwave", "extreme_temperature"), Map.entry("snowstorm", "extreme_temperature"),
            Map.entry("blizzard", "extreme_temperature"), Map.entry("snowfall", "extreme_temperature"),
            Map.entry("erosion", "erosion"));

    /** Conflict and violence words. */
    static final Set<String> CONFLICT = set("conflict", "conflicts", "fighting", "clashes", "clash", "war", "wars",
            "violence", "attack", "attacks", "airstrike", "airstrikes", "bombing", "bombings", "bombardment",
            "shelling", "offensive", "insurgency", "insurgents", "militants", "militant", "hostilities", "battle",
            "battles", "siege", "persecution", "crackdown", "unrest", "gunmen", "rebels", "rebel", "terrorism",
            "terrorist", "terrorists", "insecurity", "combat", "raids", "raid", "militia", "militias", "jihadists",
            "jihadist", "gunfire", "sectarian", "massacre", "genocide", "invasion", "occupation",
            "armed", "violent", "warfare", "airstrikes", "shelled", "bombed");

    /** Words before "fire" that make it gunfire, not a blaze. */
    static final Set<String> GUNFIRE = set("opened", "open", "opening", "gun", "cross", "artillery", "rocket",
            "mortar", "under", "heavy", "sniper", "returned", "exchanged", "live", "friendly");

    static final Set<String> DETERMINERS = set("the", "another", "a", "further", "additional", "an", "all",
            "its", "their", "some", "those", "these", "his", "her", "our", "forcibly", "over");

    /** The counted nouns a typo is mended to ({@link #mendTypo}): the longer ones, where one slip is no other word. */
    private static final java.util.List<String> TYPO_TARGETS = java.util.stream.Stream.of(PEOPLE, HOUSEHOLDS, HOUSING, TERM_NOUNS.keySet())
            .flatMap(Set::stream).filter(w -> w.length() >= 5).distinct().sorted().toList();

    /**
     * "51 peole were evacuated", "300 familes": a word news never prints ({@link org.newsframe.text.NewsWords})
     * one slip (a letter dropped, added, changed or two swapped) from a counted noun is that noun; any other
     * key is returned as it is.
     */
    static String mendTypo(String key) {
        if (key.length() < 4 || org.newsframe.text.NewsWords.builtin().known(key)) {
            return key;
        }
        for (String w : TYPO_TARGETS) {
            // a singular is no slip: "3,800 pastoralist households" counts households
            if (oneSlip(key, w) && !w.equals(key + "s") && !key.equals(w + "s")) {
                return w;
            }
        }
        return key;
    }

    /** Damerau–Levenshtein distance exactly one (lengths differ by at most one). */
    static boolean oneSlip(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) {
            return false;
        }
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            return a.substring(i + 1).equals(b.substring(i + 1)) // a letter changed
                    || i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // two swapped
        }
        return la < lb ? a.substring(i).equals(b.substring(i + 1)) : a.substring(i + 1).equals(b.substring(i));
    }

    /** Verbs right before a number that make it a count of people affected, not displaced ("affected 40,000 people"). */
    static final Set<String> AFFECTING = set("affected", "affecting", "affects", "affect", "impacted", "impacting");

    // ---- words of particular rules (TermFinder, SentenceContext, ArticleView) ----

    /** Words after an elided figure that leave it without a verb of its own: "… and 2,000 in Badghis". */
    static final Set<String> ELIDED_FOLLOWERS = set("in", "from", "at", "and", "or", "respectively", "each", "more", "others", "across", "throughout", "on");

    /** Passive verbs of an evacuation order: "1,000 residents were ordered to leave". */
    static final Set<String> ORDERED = set("urged", "ordered", "asked", "advised", "told", "instructed", "warned");

    /** Auxiliaries of the passive. */
    static final Set<String> PASSIVE_AUX = Words.PASSIVE_AUX;

    /** What people are ordered or urged to do: "to flee", "to leave", "to evacuate". */
    static final Set<String> LEAVE_VERBS = set("flee", "leave", "evacuate", "relocate", "move");

    /** Causative verbs of forced displacement before the number: "forced 800 families from their homes". */
    static final Set<String> FORCING = set("forced", "forcing", "forces", "force", "driven", "drove", "driving");

    /** "forced … to flee / leave / abandon". */
    static final Set<String> FLEE_VERBS = set("flee", "leave", "abandon");

    /** Causative verbs of an evacuation order before the number: "urged 87,327 residents to take shelter". */
    static final Set<String> URGING = set("urged", "urging", "ordered", "ordering", "asked", "advised", "told", "instructed");

    /** "to take / seek shelter". */
    static final Set<String> SEEK = set("take", "seek");

    /** "forced to flee", "forced from their homes" after the noun. */
    static final Set<String> FORCED = set("forced", "forcing", "force", "forces");

    /** "forced to flee / leave / abandon / evacuate". */
    static final Set<String> FORCED_TO = set("flee", "leave", "abandon", "evacuate");

    /** "driven from", "pushed out". */
    static final Set<String> DRIVEN = set("driven", "drove", "pushed", "chased");

    /** "lost their homes" (homeless) or "lost their lives" (a casualty). */
    static final Set<String> LOST = set("lost", "lose", "losing");

    /** Possessives between a verb and its object. */
    static final Set<String> POSSESSIVES = set("their", "its", "his", "her", "our");

    /** What people lose when they become homeless. */
    static final Set<String> HOMES = set("homes", "houses", "home", "house", "shelter");

    /** "took shelter", "sought refuge". */
    static final Set<String> TOOK = set("took", "taken", "taking", "take", "sought", "seeking", "seek", "found", "find");

    /** "left their homes", "abandoned the town". */
    static final Set<String> LEFT = set("left", "leave", "leaving", "abandoned", "abandon", "abandoning", "deserted");

    /** "went back", "came home". */
    static final Set<String> WENT = set("went", "gone", "go", "going", "came", "come", "coming");

    /** "completely damaged" is destroyed. */
    static final Set<String> COMPLETELY = set("completely", "fully", "totally");

    /** "moved to safety / safer places / higher ground" is an evacuation. */
    static final Set<String> SAFETY = set("safety", "safer", "higher");

    /** Words after "trapped" that make it search and rescue, not stranding. */
    static final Set<String> RESCUE = set("rubble", "debris", "rescued", "collapsed", "wreckage");

    /** Prepositions of where people went: "fled to Pakistan". */
    static final Set<String> DESTINATION = set("to", "into", "towards", "toward");

    /** Words between a source and its reporting verb: "the UN has also said". */
    static final Set<String> BEFORE_VERB = set("has", "have", "had", "also", "later", "further", "previously", "earlier", "recently", "was", "were", "is", "are", "been");

    /** Words that end the clause of a trigger: what follows them is another event. */
    static final Set<String> POST_STOPS = set("that", "which", "who", "after", "as", "when", "because",
            "due", "following", "amid", "since", "by", "but", "while", "and", "or", "before", "until", "where",
            "from", "fleeing", "fled");

    /** Capitalised words that may stand before a place name. */
    static final Set<String> NAME_OK_BEFORE = set("in", "the", "at", "from", "to", "near", "of", "and",
            "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "greater",
            "upper", "lower", "province", "city", "state", "governorate", "district", "region", "across", "inside",
            "outside", "around", "by", "on", "since", "after", "before", "during", "while", "when", "but", "as",
            "for", "with", "into", "rural", "downtown", "northwest", "northeast", "southwest", "southeast",
            "northwestern", "northeastern", "southwestern", "southeastern", "mid", "new", "old", "metro");

    /** Capitalised words that continue a place name as its kind: "Oruro Department", "Gaza Strip". */
    static final Set<String> PLACE_KINDS = set("province", "state", "region", "district", "county",
            "city", "governorate", "department", "island", "islands", "prefecture", "municipality", "valley",
            "river", "oblast", "division", "territory", "strip", "camp", "area", "areas", "town", "village",
            "township", "canton", "commune", "zone", "basin", "coast", "delta", "mountains", "highlands", "lake");

    /** Nouns between an actor and its reporting verb: "the Taliban administration said". */
    static final Set<String> SPEAKER_NOUNS = set("administration", "government", "ministry",
            "spokesman", "spokeswoman", "spokesperson", "official", "officials", "authorities", "authority", "agency",
            "office", "police", "army", "military", "council", "commission", "department", "committee", "management",
            "disaster", "media", "'s", "'", "said", "chief", "head", "director", "minister", "team", "staff",
            "source", "sources", "mission", "state", "provincial", "local");

    /** Prepositions that make the country after them a place. */
    static final Set<String> LOCATIVE = set("in", "across", "from", "into", "inside", "throughout",
            "within", "to", "at", "near", "of");

    /** Place kinds after a name that fit any place ("Herat City", "Gaza Strip"); others must match its kind. */
    static final Set<String> ANY_PLACE_KINDS = set("city", "town", "area", "areas", "camp", "strip", "valley", "river",
            "coast", "delta", "basin", "zone");
}

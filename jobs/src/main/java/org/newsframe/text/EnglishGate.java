package org.newsframe.text;

import java.util.Set;

/**
 * Whether a text reads as English, for the components trained on English only (the name tagger): English
 * function words against the function words of the languages news monitoring meets most (French, Spanish,
 * Portuguese, Italian, German, Dutch, Indonesian/Malay, Croatian/Serbian), none of them an English word.
 * Displacement news holds reports in those languages, where the tagger typed "Les", "Untuk" and "Selasa" as
 * names. Words English also writes in lower case ("per", "van", "con", "y" of "y/y") are left out: Reuters'
 * commodity tables read as foreign with them. A text with fewer than {@link #MIN_WORDS} function words of either list (a results table, a
 * headline) cannot be told and passes. A stopgap for the language detection issue 14 asks for (lingua, a
 * {@code lang} column), which will decide per article upstream.
 */
public final class EnglishGate {

    /** Below this many function words (English and other) a text passes. */
    public static final int MIN_WORDS = 6;

    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "is", "was", "were", "are", "for", "that",
            "with", "by", "from", "at", "this", "which", "have", "has", "had", "been", "their", "they", "said", "would",
            "will", "after", "who", "but", "not", "its", "it", "or", "be", "than", "about", "into", "over", "more");

    private static final Set<String> OTHER = Set.of(
            // French
            "le", "les", "des", "du", "et", "est", "une", "dans", "pour", "sur", "avec", "qui", "sont", "ont", "pas", "aux", "ces", "leur",
            // Spanish, Portuguese
            "el", "los", "las", "del", "que", "por", "una", "para", "como", "fue", "sus", "uma", "nao", "dos", "pelo", "foram",
            // Italian
            "il", "della", "che", "gli", "sono", "nel", "alla", "dei", "delle",
            // German, Dutch
            "der", "und", "ist", "nicht", "mit", "von", "zu", "auf", "dem", "het", "een", "zijn", "werd",
            // Indonesian, Malay
            "dan", "yang", "dari", "untuk", "dengan", "ini", "itu", "ke", "pada", "tidak", "akan", "oleh", "karena", "telah",
            // Croatian, Serbian, Bosnian
            "je", "su", "za", "od", "se", "koji", "kao", "iz");

    private EnglishGate() {}

    /** [English function words, other function words] among the text's lower-case words. */
    public static int[] counts(AnalyzedText text) {
        int english = 0;
        int other = 0;
        for (Token t : text.tokens()) {
            String s = t.text();
            if (t.kind() != Token.Kind.WORD || s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
                continue;
            }
            String k = t.key();
            if (ENGLISH.contains(k)) {
                english++;
            } else if (OTHER.contains(k)) {
                other++;
            }
        }
        return new int[] {english, other};
    }

    /** Whether the text passes: more English function words than others, or too few of either to tell. */
    public static boolean english(AnalyzedText text) {
        int[] c = counts(text);
        return c[0] + c[1] < MIN_WORDS || c[0] >= c[1];
    }
}

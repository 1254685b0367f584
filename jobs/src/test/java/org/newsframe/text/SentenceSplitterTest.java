package org.newsframe.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        AnalyzedText a = TextAnalyzer.analyze(text);
        return a.sentences().stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void splitsOnTerminalPunctuationButNotTitlesOrInitials() {
        assertEquals(List.of("Mr. Smith met Gen. J. Doe in Kabul.", "He left on Jan. 5 for No. 10.", "Why?",
                        "\"We are ready.\"", "Talks resume."),
                sentences("Mr. Smith met Gen. J. Doe in Kabul. He left on Jan. 5 for No. 10. Why? \"We are ready.\" Talks resume."));
    }

    @Test
    void dottedAbbreviationEndsASentenceOnlyBeforeAnOpener() {
        assertEquals(List.of("Forces left the U.S.", "The talks went on."),
                sentences("Forces left the U.S. The talks went on."));
        assertEquals(List.of("U.S. Deputy Secretary Sherman spoke."), sentences("U.S. Deputy Secretary Sherman spoke."));
    }

    @Test
    void paragraphBreaksAlwaysSplit() {
        assertEquals(List.of("Headline without a period", "Body starts here."),
                sentences("Headline without a period\nBody starts here."));
    }

    @Test
    void indexesAndTokenRangesAreConsistent() {
        AnalyzedText a = TextAnalyzer.analyze("One. Two three. Four");
        assertEquals(3, a.sentences().size());
        assertEquals(1, a.sentenceAt(a.text().indexOf("three")));
        assertEquals(a.tokens().size(), a.sentences().get(2).endToken());
    }
}

package org.newsframe.lang;

/**
 * An article's language: an ISO 639-1 code ({@code en}, {@code fr}, …) and the detector's probability for it,
 * or {@link #UNDETERMINED} ({@code und}, the ISO 639-2 code for "undetermined") when the text holds too little
 * prose to tell (a headline, a results table, a retrieval error) or no language reached the threshold.
 */
public record LanguageGuess(String code, double confidence) {

    public static final String UND = "und";

    public static final LanguageGuess UNDETERMINED = new LanguageGuess(UND, 0.0);

    public LanguageGuess {
        if (code == null || code.isEmpty()) {
            throw new IllegalArgumentException("language code is empty");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence outside [0, 1]: " + confidence);
        }
    }

    public boolean determined() {
        return !code.equals(UND);
    }
}

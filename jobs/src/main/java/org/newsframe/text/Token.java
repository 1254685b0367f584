package org.newsframe.text;

/**
 * A token with its character span in the text ({@code end} exclusive) and its match key: lower case,
 * accents folded, dots removed ("U.S." → "us"), curly apostrophes straightened.
 */
public record Token(int begin, int end, String text, String key, Kind kind) {

    /** What a token is, as far as matching and sentence splitting care. */
    public enum Kind { WORD, NUMBER, HYPHEN, POSSESSIVE, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    /** First character is an upper-case letter. */
    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    /** Every letter is upper case (and there is at least one): "US", "U.S.", "ISIS". */
    public boolean allCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }
}

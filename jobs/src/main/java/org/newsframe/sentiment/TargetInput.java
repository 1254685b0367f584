package org.newsframe.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of score-targets input: an id, a sentence and its targets as character spans. Accepts
 * newsframe's own names ({@code id, text, targets[{from, to}]}) and NewsMTSC's ({@code primary_gid,
 * sentence_normalized}, targets with {@code polarity} 2/4/6 → negative/neutral/positive as the gold label).
 */
public record TargetInput(String id, String text, List<Target> targets) {

    /** A target span (end exclusive) and its gold label when the input has one. */
    public record Target(int from, int to, String gold) {}

    public static TargetInput fromJson(JsonNode n, long lineNumber) {
        String id = n.hasNonNull("id") ? n.get("id").asText()
                : n.hasNonNull("primary_gid") ? n.get("primary_gid").asText() : "line-" + lineNumber;
        String text = n.hasNonNull("text") ? n.get("text").asText()
                : n.hasNonNull("sentence_normalized") ? n.get("sentence_normalized").asText() : null;
        if (text == null) {
            throw new IllegalArgumentException("line " + lineNumber + ": no text (or sentence_normalized)");
        }
        List<Target> targets = new ArrayList<>();
        JsonNode ts = n.get("targets");
        if (ts != null) {
            for (JsonNode t : ts) {
                int from = t.get("from").asInt();
                int to = t.get("to").asInt();
                if (from < 0 || to > text.length() || from >= to) {
                    throw new IllegalArgumentException("line " + lineNumber + ": target [" + from + ", " + to
                            + ") outside the text of length " + text.length());
                }
                String gold = null;
                if (t.hasNonNull("polarity")) {
                    double p = t.get("polarity").asDouble();
                    gold = p < 3 ? TargetSentiment.NEGATIVE : p > 5 ? TargetSentiment.POSITIVE : TargetSentiment.NEUTRAL;
                } else if (t.hasNonNull("label")) {
                    gold = t.get("label").asText();
                }
                targets.add(new Target(from, to, gold));
            }
        }
        return new TargetInput(id, text, targets);
    }
}

package org.newsframe.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsframe.schema.ActorType;
import org.newsframe.text.Tokenizer;

/**
 * Links the name tagger's mentions ({@code source = tagger}) into the article's actors, after they were merged
 * with the dictionary's and the heuristic's:
 * <ul>
 *   <li>a tagged name made only of titles and roles ("Deputy Director") is no name and is dropped;</li>
 *   <li>a one-word tagged person that is the first or last name of a longer person of the article ("Shaheen"
 *       after "Suhail Shaheen") is that person (form {@code short}), unless two people share the word;</li>
 *   <li>a tagged person or organisation whose words are an actor's alias in the dictionary would have been
 *       the dictionary's mention, so nothing here overrides the dictionary.</li>
 * </ul>
 */
public final class TaggedNames {

    private TaggedNames() {}

    public static List<Mention> link(List<Mention> mentions) {
        Map<String, Mention> byPart = new HashMap<>();
        Set<String> clashes = new HashSet<>();
        for (Mention m : mentions) {
            if (m.actorType() != ActorType.PERSON || !m.form().equals(Mention.NAME)) {
                continue;
            }
            String[] parts = m.text().split(" ");
            if (parts.length < 2) {
                continue;
            }
            for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
                String key = Tokenizer.key(part);
                Mention prior = byPart.putIfAbsent(key, m);
                if (prior != null && !prior.actorId().equals(m.actorId())) {
                    clashes.add(key);
                }
            }
        }
        clashes.forEach(byPart::remove);
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (!m.source().equals(Mention.TAGGER)) {
                out.add(m);
                continue;
            }
            if (onlyTitles(m.text())) {
                continue;
            }
            Mention person = m.actorType() == ActorType.PERSON && m.text().indexOf(' ') < 0 ? byPart.get(Tokenizer.key(m.text())) : null;
            if (person != null && person != m) {
                out.add(new Mention(m.sentenceIndex(), m.begin(), m.end(), m.text(), person.actorId(), person.actorName(),
                        ActorType.PERSON, person.country(), Mention.TAGGER, false, Mention.SHORT));
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private static boolean onlyTitles(String text) {
        for (String w : text.split("[ \\-]+")) {
            String key = Tokenizer.key(w);
            if (!key.isEmpty() && !NameCues.TITLES.contains(key)) {
                return false;
            }
        }
        return true;
    }
}

package org.newsframe.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL-2003 file (token POS chunk NER, IOB1 or IOB2) into documents: each document's text is its
 * sentences, tokens joined by single spaces and sentences by newlines, with the gold entity spans as
 * character offsets into that text.
 */
public final class ConllDocuments {

    /** A gold entity: span (end exclusive) and type (PER, ORG, LOC, MISC). */
    public record Entity(int begin, int end, String type) {}

    /** One -DOCSTART- document. */
    public record Document(String id, String text, List<Entity> entities, int sentences) {}

    private ConllDocuments() {}

    public static List<Document> read(Path file) throws IOException {
        List<Document> docs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        int sentences = 0;
        boolean sentenceOpen = false;
        int entityStart = -1;
        int entityEnd = -1;
        String entityType = null;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while (true) {
                line = r.readLine();
                boolean docStart = line != null && line.startsWith("-DOCSTART-");
                boolean blank = line == null || line.isBlank() || docStart;
                if (blank) {
                    if (entityType != null) {
                        entities.add(new Entity(entityStart, entityEnd, entityType));
                        entityType = null;
                    }
                    if (sentenceOpen) {
                        sentenceOpen = false;
                        sentences++;
                    }
                    if ((docStart || line == null) && text.length() > 0) {
                        docs.add(new Document("doc-" + (docs.size() + 1), text.toString(), List.copyOf(entities), sentences));
                        text.setLength(0);
                        entities.clear();
                        sentences = 0;
                    }
                    if (line == null) {
                        break;
                    }
                    continue;
                }
                String[] cols = line.split(" ");
                String token = cols[0];
                String tag = cols[cols.length - 1];
                if (!sentenceOpen) {
                    if (text.length() > 0) {
                        text.append('\n');
                    }
                    sentenceOpen = true;
                } else {
                    text.append(' ');
                }
                int b = text.length();
                text.append(token);
                int e = text.length();
                String type = tag.equals("O") ? null : tag.substring(2);
                boolean begins = tag.startsWith("B-");
                if (entityType != null && (type == null || !type.equals(entityType) || begins)) {
                    entities.add(new Entity(entityStart, entityEnd, entityType));
                    entityType = null;
                }
                if (type != null) {
                    if (entityType == null) {
                        entityType = type;
                        entityStart = b;
                    }
                    entityEnd = e;
                }
            }
        }
        return docs;
    }
}

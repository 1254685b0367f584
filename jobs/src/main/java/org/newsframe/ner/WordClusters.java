package org.newsframe.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word clusters learned from unlabelled news: each word (a token key) has one cluster id per level, coarse to
 * fine (k-means with k = {@link #sizes()} over the word's Word2Vec vector; {@link ClusterTrainer}). Words of a
 * cluster are used alike ("aleppo", "homs", "idlib"), so the name tagger learns from a word it saw in
 * training for a word it never saw. Immutable. The shipped clusters ({@link #BUILTIN}) are made by
 * {@code bin/newsframe train-clusters}; docs/actors.md says from which corpora. They hold words and cluster
 * numbers, no text.
 */
public final class WordClusters {

    /** The shipped clusters: a class-path resource, {@code word TAB id TAB id …} lines, gzip. */
    public static final String BUILTIN = "ner/word-clusters.tsv.gz";

    private final int[] sizes;
    private final Map<String, int[]> ids;

    private WordClusters(int[] sizes, Map<String, int[]> ids) {
        this.sizes = sizes.clone();
        this.ids = ids;
    }

    /** Clusters of the given sizes (coarse to fine) and word → one id per level, each id below its level's size. */
    public static WordClusters of(int[] sizes, Map<String, int[]> ids) {
        for (int size : sizes) {
            if (size < 2 || size > Short.MAX_VALUE) {
                throw new IllegalArgumentException("a level has 2.." + Short.MAX_VALUE + " clusters, not " + size);
            }
        }
        Map<String, int[]> copy = new HashMap<>(ids.size() * 2);
        ids.forEach((w, c) -> {
            if (c.length != sizes.length) {
                throw new IllegalArgumentException("word " + w + " has " + c.length + " cluster ids, expected " + sizes.length);
            }
            for (int l = 0; l < c.length; l++) {
                if (c[l] < 0 || c[l] >= sizes[l]) {
                    throw new IllegalArgumentException("word " + w + ": cluster " + c[l] + " outside 0.." + (sizes[l] - 1));
                }
            }
            copy.put(w, c.clone());
        });
        return new WordClusters(sizes, copy);
    }

    /** The number of clusters of each level, coarse to fine. */
    public int[] sizes() {
        return sizes.clone();
    }

    public int levels() {
        return sizes.length;
    }

    public int words() {
        return ids.size();
    }

    /** The word's cluster at a level, or -1 for a word the clusters do not know. */
    public int cluster(String key, int level) {
        int[] c = ids.get(key);
        return c == null ? -1 : c[level];
    }

    /** The word's ids at every level (do not modify), or null for an unknown word. */
    int[] clusters(String key) {
        return ids.get(key);
    }

    /** The shipped clusters, read once per JVM (on first use). */
    public static WordClusters builtin() {
        return Builtin.CLUSTERS;
    }

    private static final class Builtin {
        static final WordClusters CLUSTERS = org.newsframe.text.Resources.read(BUILTIN, in -> read(new GZIPInputStream(in)));
    }

    /**
     * Writes {@code # sizes: 64 256 1024}, then {@code word TAB id…} lines sorted by word (Java's gzip writes no
     * time: the same clusters give the same bytes). {@code header} lines go first as comments.
     */
    public void write(OutputStream os, String... header) throws IOException {
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(os), StandardCharsets.UTF_8)) {
            writeTo(w, header);
        }
    }

    private void writeTo(Writer w, String... header) throws IOException {
        for (String h : header) {
            w.write("# " + h + "\n");
        }
        StringBuilder s = new StringBuilder("# sizes:");
        for (int size : sizes) {
            s.append(' ').append(size);
        }
        w.write(s.append('\n').toString());
        for (Map.Entry<String, int[]> e : new TreeMap<>(ids).entrySet()) {
            StringBuilder line = new StringBuilder(e.getKey());
            for (int c : e.getValue()) {
                line.append('\t').append(c);
            }
            w.write(line.append('\n').toString());
        }
        w.flush();
    }

    /** The clusters inside a tagger model (which carries the clusters it was trained with). */
    void writeBinary(java.io.DataOutputStream out) throws IOException {
        out.writeInt(sizes.length);
        for (int size : sizes) {
            out.writeInt(size);
        }
        out.writeInt(ids.size());
        for (Map.Entry<String, int[]> e : new TreeMap<>(ids).entrySet()) {
            out.writeUTF(e.getKey());
            for (int c : e.getValue()) {
                out.writeShort(c);
            }
        }
    }

    static WordClusters readBinary(java.io.DataInputStream in) throws IOException {
        int levels = in.readInt();
        if (levels < 1 || levels > 8) {
            throw new IOException("model's word clusters have " + levels + " levels");
        }
        int[] sizes = new int[levels];
        for (int l = 0; l < levels; l++) {
            sizes[l] = in.readInt();
        }
        int words = in.readInt();
        Map<String, int[]> ids = new HashMap<>(words * 2);
        for (int k = 0; k < words; k++) {
            String w = in.readUTF();
            int[] c = new int[levels];
            for (int l = 0; l < levels; l++) {
                c[l] = in.readShort();
            }
            ids.put(w, c);
        }
        return of(sizes, ids);
    }

    /** Reads a file {@link #write} wrote (gzip). */
    public static WordClusters read(java.nio.file.Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(java.nio.file.Files.newInputStream(file))) {
            return read(in);
        }
    }

    /** Reads what {@link #write} wrote (gunzipped). */
    public static WordClusters read(InputStream in) throws IOException {
        return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    }

    static WordClusters read(BufferedReader r) throws IOException {
        int[] sizes = null;
        Map<String, int[]> ids = new HashMap<>(1 << 16);
        String line;
        while ((line = r.readLine()) != null) {
            if (line.startsWith("# sizes:")) {
                String[] parts = line.substring("# sizes:".length()).strip().split(" ");
                sizes = new int[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    sizes[i] = Integer.parseInt(parts[i]);
                }
                continue;
            }
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String[] parts = line.split("\t");
            if (sizes == null || parts.length != sizes.length + 1) {
                throw new IOException("not 'word TAB id…' after a '# sizes:' line: " + line);
            }
            int[] c = new int[sizes.length];
            for (int l = 0; l < sizes.length; l++) {
                c[l] = Integer.parseInt(parts[l + 1]);
            }
            ids.put(parts[0], c);
        }
        if (sizes == null) {
            throw new IOException("no '# sizes:' line: not newsframe word clusters");
        }
        return of(sizes, ids);
    }
}

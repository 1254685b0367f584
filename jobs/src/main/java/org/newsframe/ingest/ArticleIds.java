package org.newsframe.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Article ids: the input's own id when it has one, else a content hash that is the same on every run. */
public final class ArticleIds {

    private ArticleIds() {}

    /**
     * {@code h-} followed by the first 16 hex digits of SHA-256 over source, url, title and normalised text
     * (joined with U+001F, nulls as empty strings).
     */
    public static String hashed(String source, String url, String title, String text) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String joined = nz(source) + '\u001F' + nz(url) + '\u001F' + nz(title) + '\u001F' + nz(text);
        byte[] digest = sha.digest(joined.getBytes(StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder("h-");
        for (int i = 0; i < 8; i++) {
            sb.append(Character.forDigit((digest[i] >> 4) & 0xF, 16)).append(Character.forDigit(digest[i] & 0xF, 16));
        }
        return sb.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}

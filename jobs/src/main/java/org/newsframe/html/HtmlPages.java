package org.newsframe.html;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes page bytes: a byte-order mark, else the HTTP charset, else a {@code <meta>} charset, else UTF-8. */
public final class HtmlPages {

    /** {@code <meta charset=x>} or {@code content="text/html; charset=x"}; bounded, so safe on any text. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]{0,200}?charset\\s{0,5}=\\s{0,5}[\"']?([A-Za-z0-9_\\-:.]{1,40})");

    private HtmlPages() {}

    /**
     * @param bytes the page
     * @param httpCharset the charset of the HTTP Content-Type header, or null
     */
    public static String decode(byte[] bytes, String httpCharset) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return decode(bytes, 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return decode(bytes, 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return decode(bytes, 2, StandardCharsets.UTF_16LE);
        }
        Charset cs = charset(httpCharset);
        if (cs == null) {
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
            Matcher m = META_CHARSET.matcher(head);
            cs = m.find() ? charset(m.group(1)) : null;
        }
        return decode(bytes, 0, cs == null ? StandardCharsets.UTF_8 : cs);
    }

    /** The charset parameter of a Content-Type value ({@code text/html; charset=ISO-8859-1}), or null. */
    public static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        int i = contentType.toLowerCase(Locale.ROOT).indexOf("charset=");
        if (i < 0) {
            return null;
        }
        String v = contentType.substring(i + 8).strip();
        int end = v.indexOf(';');
        v = (end >= 0 ? v.substring(0, end) : v).replace("\"", "").replace("'", "").strip();
        return v.isEmpty() ? null : v;
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            Charset cs = Charset.forName(name.strip());
            // Pages that say latin-1 are in practice windows-1252 (the WHATWG encoding standard's rule).
            return cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)
                    ? Charset.forName("windows-1252") : cs;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String decode(byte[] bytes, int offset, Charset cs) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return d.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, offset, bytes.length - offset, cs);
        }
    }
}

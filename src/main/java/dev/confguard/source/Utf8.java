package dev.confguard.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Lossless UTF-8 decoding in the manner of Python's {@code surrogateescape}: a byte that is not part
 * of a well-formed sequence becomes the lone surrogate U+DC80+byte, so invalid input still parses,
 * gets exact positions, and encodes back to the very same bytes.
 */
public final class Utf8 {
    private static final char ESCAPE_BASE = 0xDC00;

    private Utf8() {
    }

    public static DecodedText decode(byte[] bytes) {
        StringBuilder out = null;
        List<Integer> invalid = List.of();
        int n = bytes.length;
        int i = 0;
        // Fast path: pure ASCII needs no builder.
        while (i < n && bytes[i] >= 0) {
            i++;
        }
        if (i == n) {
            return new DecodedText(new String(bytes, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1), invalid);
        }
        out = new StringBuilder(n);
        for (int k = 0; k < i; k++) {
            out.append((char) bytes[k]);
        }
        invalid = new ArrayList<>();
        while (i < n) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            int len = sequenceLength(bytes, i);
            if (len == 0) {
                invalid.add(out.length());
                out.append((char) (ESCAPE_BASE + b));
                i++;
                continue;
            }
            int cp = codePoint(bytes, i, len);
            out.appendCodePoint(cp);
            i += len;
        }
        return new DecodedText(out.toString(), invalid);
    }

    /** Encodes text produced by {@link #decode} back to the original bytes. */
    public static byte[] encode(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(text.length() + 16);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                out.write(c);
            } else if (c >= 0xDC80 && c <= 0xDCFF && !(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
                out.write(c - ESCAPE_BASE);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                writeCodePoint(out, Character.toCodePoint(c, text.charAt(i + 1)));
                i++;
            } else {
                writeCodePoint(out, c);
            }
        }
        return out.toByteArray();
    }

    /** True when the char stands for an invalid input byte. */
    public static boolean isEscapedByte(char c) {
        return c >= 0xDC80 && c <= 0xDCFF;
    }

    public static int escapedByteValue(char c) {
        return c - ESCAPE_BASE;
    }

    private static void writeCodePoint(java.io.ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xC0 | (cp >> 6));
            out.write(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out.write(0xE0 | (cp >> 12));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        } else {
            out.write(0xF0 | (cp >> 18));
            out.write(0x80 | ((cp >> 12) & 0x3F));
            out.write(0x80 | ((cp >> 6) & 0x3F));
            out.write(0x80 | (cp & 0x3F));
        }
    }

    /** Length of a well-formed sequence at i (RFC 3629: no overlongs, no surrogates), or 0. */
    private static int sequenceLength(byte[] b, int i) {
        int n = b.length;
        int b0 = b[i] & 0xFF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            return i + 1 < n && isCont(b[i + 1]) ? 2 : 0;
        }
        if (b0 >= 0xE0 && b0 <= 0xEF) {
            if (i + 2 >= n) {
                return 0;
            }
            int b1 = b[i + 1] & 0xFF;
            boolean ok1 = b0 == 0xE0 ? b1 >= 0xA0 && b1 <= 0xBF
                    : b0 == 0xED ? b1 >= 0x80 && b1 <= 0x9F
                    : b1 >= 0x80 && b1 <= 0xBF;
            return ok1 && isCont(b[i + 2]) ? 3 : 0;
        }
        if (b0 >= 0xF0 && b0 <= 0xF4) {
            if (i + 3 >= n) {
                return 0;
            }
            int b1 = b[i + 1] & 0xFF;
            boolean ok1 = b0 == 0xF0 ? b1 >= 0x90 && b1 <= 0xBF
                    : b0 == 0xF4 ? b1 >= 0x80 && b1 <= 0x8F
                    : b1 >= 0x80 && b1 <= 0xBF;
            return ok1 && isCont(b[i + 2]) && isCont(b[i + 3]) ? 4 : 0;
        }
        return 0;
    }

    private static boolean isCont(byte b) {
        return (b & 0xC0) == 0x80;
    }

    private static int codePoint(byte[] b, int i, int len) {
        int b0 = b[i] & 0xFF;
        switch (len) {
            case 2:
                return ((b0 & 0x1F) << 6) | (b[i + 1] & 0x3F);
            case 3:
                return ((b0 & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
            default:
                return ((b0 & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
        }
    }
}

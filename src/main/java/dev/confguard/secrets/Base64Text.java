package dev.confguard.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A base64 (or base64url) token that decodes to printable ASCII text: the text, else null. */
final class Base64Text {
    private Base64Text() {
    }

    static String decode(String value, int start, int end) {
        int stop = end;
        while (stop > start && value.charAt(stop - 1) == '=') {
            stop--;
        }
        int n = stop - start;
        if (n < 4 || n % 4 == 1) {
            return null;
        }
        StringBuilder normal = new StringBuilder(n + 3);
        for (int i = start; i < stop; i++) {
            char c = value.charAt(i);
            if (c == '-') {
                c = '+';
            } else if (c == '_') {
                c = '/';
            } else if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/')) {
                return null;
            }
            normal.append(c);
        }
        while (normal.length() % 4 != 0) {
            normal.append('=');
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(normal.toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (byte b : bytes) {
            if (!(b >= 0x20 && b < 0x7f || b == '\n' || b == '\r' || b == '\t')) {
                return null;
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}

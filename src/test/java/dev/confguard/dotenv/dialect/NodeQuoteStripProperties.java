package dev.confguard.dotenv.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/**
 * {@link NodeDotenvReader#stripOuterQuotes} with its one-line shortcut strips what the general scan
 * alone stripped ({@link #plainStrip}, the method as it was).
 */
class NodeQuoteStripProperties {

    @Property(tries = 5000)
    void stripsLikeTheGeneralScan(@ForAll @StringLength(max = 12)
                                  @Chars({'\'', '"', '`', '\n', '\r', '\u2028', '\u2029', 'a', ' ', '\\'}) String value) {
        assertThat(NodeDotenvReader.stripOuterQuotes(value)).isEqualTo(plainStrip(value));
    }

    /** {@code value.replace(/^(['"`])([\s\S]*)\1$/mg, "$2")} scanned at every line start. */
    private static String plainStrip(String value) {
        int n = value.length();
        int[] lastClosing = {-1, -1, -1};
        for (int i = n - 1; i >= 0; i--) {
            int kind = quoteKind(value.charAt(i));
            if (kind >= 0 && lastClosing[kind] < 0 && (i + 1 == n || NodeDotenvReader.isLineTerminator(value.charAt(i + 1)))) {
                lastClosing[kind] = i;
            }
        }
        StringBuilder out = null;
        int copied = 0;
        for (int p = 0; p < n; p++) {
            if (p > 0 && !NodeDotenvReader.isLineTerminator(value.charAt(p - 1))) {
                continue;
            }
            int kind = quoteKind(value.charAt(p));
            if (kind < 0 || lastClosing[kind] <= p) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            int close = lastClosing[kind];
            out.append(value, copied, p).append(value, p + 1, close);
            copied = close + 1;
            p = close;
        }
        return out == null ? value : out.append(value, copied, n).toString();
    }

    private static int quoteKind(char c) {
        return c == '\'' ? 0 : c == '"' ? 1 : c == '`' ? 2 : -1;
    }
}

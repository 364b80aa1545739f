package dev.confguard.cli;

import dev.confguard.errors.UsageException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an age such as {@code 90d}, {@code 12w} or {@code 36h}. */
final class Ages {
    private static final Pattern AGE = Pattern.compile("([0-9]{1,6})([hdw])");

    private Ages() {
    }

    static Duration parse(String text) {
        Matcher m = AGE.matcher(text.strip());
        if (!m.matches()) {
            throw new UsageException("--max-age must be a number of hours, days or weeks (36h, 90d, 12w), not '"
                    + text + "'");
        }
        long n = Long.parseLong(m.group(1));
        switch (m.group(2)) {
            case "h":
                return Duration.ofHours(n);
            case "w":
                return Duration.ofDays(7 * n);
            default:
                return Duration.ofDays(n);
        }
    }
}

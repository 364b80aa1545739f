package dev.confguard.schema;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The string formats confguard defines for service schemas (draft-07's {@code uri}, {@code hostname}
 * and {@code email} among them, replaced so that what they accept is documented here). Each check
 * returns why a value does not fit, in words that never repeat the value: values may be secrets.
 */
public enum CustomFormat {
    /** An absolute URI: a scheme, and a host after {@code //} when there is a {@code //}. */
    URI_FORMAT("uri") {
        @Override
        Optional<String> problem(String value) {
            if (value.isEmpty()) {
                return Optional.of("it is empty");
            }
            if (hasSpaceOrControl(value)) {
                return Optional.of("it contains whitespace or a control character");
            }
            Matcher start = SCHEME_AND_SLASHES.matcher(value);
            if (start.lookingAt() && !start.group().equalsIgnoreCase("file://")
                    && (start.end() == value.length() || "/?#".indexOf(value.charAt(start.end())) >= 0)) {
                return Optional.of("it has no host after " + start.group());
            }
            URI uri;
            try {
                uri = new URI(value);
            } catch (URISyntaxException e) {
                return Optional.of("it is not a URI (" + e.getReason() + " at index " + e.getIndex() + ")");
            }
            if (uri.getScheme() == null) {
                return Optional.of("it has no scheme (such as https://)");
            }
            if (value.regionMatches(uri.getScheme().length(), "://", 0, 3) && !uri.getScheme().equalsIgnoreCase("file")
                    && (uri.getRawAuthority() == null || hostOf(uri.getRawAuthority()).isEmpty())) {
                return Optional.of("it has no host after " + uri.getScheme() + "://");
            }
            return Optional.empty();
        }
    },
    /** A DNS name by RFC 1123 (so an IPv4 address too): labels of letters, digits and inner '-'. */
    HOSTNAME("hostname") {
        @Override
        Optional<String> problem(String value) {
            return hostnameProblem(value);
        }
    },
    /** {@code local@domain}, the domain a hostname with at least one dot. */
    EMAIL("email") {
        @Override
        Optional<String> problem(String value) {
            int at = value.lastIndexOf('@');
            if (at <= 0 || at == value.length() - 1) {
                return Optional.of("it is not local-part@domain");
            }
            String local = value.substring(0, at);
            if (hasSpaceOrControl(local) || local.indexOf('@') >= 0 && !(local.startsWith("\"") && local.endsWith("\""))) {
                return Optional.of("the part before @ has whitespace or another @");
            }
            String domain = value.substring(at + 1);
            if (domain.indexOf('.') < 0) {
                return Optional.of("the domain has no dot");
            }
            return hostnameProblem(domain).map(p -> "the domain is not a hostname: " + p);
        }
    },
    /** A TCP/UDP port: an integer from 1 to 65535, written in decimal digits. */
    PORT("port") {
        @Override
        Optional<String> problem(String value) {
            if (!DIGITS.matcher(value).matches()) {
                return Optional.of("a port is written as decimal digits");
            }
            if (value.length() > 5 || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 65535) {
                return Optional.of("a port is between 1 and 65535");
            }
            return Optional.empty();
        }
    },
    /**
     * A PostgreSQL connection string: a {@code postgres://} or {@code postgresql://} URI (the host may
     * be empty when {@code ?host=} names a socket folder, as for Cloud SQL), or libpq's
     * {@code key=value} form.
     */
    POSTGRES_DSN("postgres-dsn") {
        @Override
        Optional<String> problem(String value) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
                return urlProblem(value, true);
            }
            if (KEY_VALUE_DSN.matcher(value).matches()) {
                return Optional.empty();
            }
            return Optional.of("it is neither postgresql://[user[:password]@][host][:port][/dbname][?params] "
                    + "nor key=value pairs (host=... dbname=...)");
        }
    },
    /** {@code redis://} or {@code rediss://[[user]:password@]host[:port][/db]}, db a number. */
    REDIS_URL("redis-url") {
        @Override
        Optional<String> problem(String value) {
            String lower = value.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("redis://") && !lower.startsWith("rediss://")) {
                return Optional.of("the scheme must be redis:// or rediss://");
            }
            Optional<String> problem = urlProblem(value, false);
            if (problem.isPresent()) {
                return problem;
            }
            String path = URI.create(value).getRawPath();
            if (path != null && path.length() > 1 && !DIGITS.matcher(path.substring(1)).matches()) {
                return Optional.of("the path must be a database number (/0)");
            }
            return Optional.empty();
        }
    },
    /**
     * A reference to a Secret Manager secret instead of its value: {@code sm://project/secret[#version]},
     * {@code sm@[project/]secret[/version]}, {@code sm@projects/p/secrets/s[/versions/v]} or
     * {@code projects/p/secrets/s/versions/v}.
     */
    SECRET_REF("secret-ref") {
        @Override
        Optional<String> problem(String value) {
            if (SECRET_REF_FORMS.matcher(value).matches()) {
                return Optional.empty();
            }
            return Optional.of("it is not a secret reference (sm://project/secret[#version], "
                    + "sm@[project/]secret[/version], projects/p/secrets/s/versions/v)");
        }
    },
    /**
     * A duration: one or more number-unit pairs ({@code 30s}, {@code 1h30m}, {@code 250ms}; units
     * ns, us, µs, ms, s, m, h, d) or ISO 8601 ({@code PT30S}, {@code P1D}).
     */
    DURATION("duration") {
        @Override
        Optional<String> problem(String value) {
            if (GO_DURATION.matcher(value).matches() || (ISO_DURATION.matcher(value).matches()
                    && !value.endsWith("T") && value.length() > 1)) {
                return Optional.empty();
            }
            return Optional.of("a duration is number-unit pairs (30s, 1h30m, 250ms; units ns, us, ms, s, m, h, d) "
                    + "or ISO 8601 (PT30S)");
        }
    };

    private static final Pattern SCHEME_AND_SLASHES = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
    private static final Pattern KEY_VALUE_DSN = Pattern.compile(
            "\\s*[a-z_]+\\s*=\\s*(?:'(?:[^'\\\\]|\\\\.)*'|[^\\s']+)(?:\\s+[a-z_]+\\s*=\\s*(?:'(?:[^'\\\\]|\\\\.)*'|[^\\s']+))*\\s*");
    private static final String ID = "[A-Za-z0-9][A-Za-z0-9_.-]*";
    private static final Pattern SECRET_REF_FORMS = Pattern.compile(
            "sm://" + ID + "/" + ID + "(?:#[A-Za-z0-9]+)?"
                    + "|sm@projects/" + ID + "/secrets/" + ID + "(?:/versions/[A-Za-z0-9]+)?"
                    + "|sm@" + ID + "(?:/" + ID + "){0,2}"
                    + "|projects/" + ID + "/secrets/" + ID + "/versions/[A-Za-z0-9]+");
    private static final Pattern GO_DURATION = Pattern.compile("(?:[0-9]+(?:\\.[0-9]+)?(?:ns|us|µs|ms|s|m|h|d))+");
    private static final Pattern ISO_DURATION = Pattern.compile(
            "P(?:[0-9]+Y)?(?:[0-9]+M)?(?:[0-9]+W)?(?:[0-9]+D)?(?:T(?:[0-9]+H)?(?:[0-9]+M)?(?:[0-9]+(?:\\.[0-9]+)?S)?)?");

    private final String formatName;

    CustomFormat(String formatName) {
        this.formatName = formatName;
    }

    /** The name a schema gives in {@code "format"}. */
    public String formatName() {
        return formatName;
    }

    /** Why the value does not fit the format, or empty when it does. */
    abstract Optional<String> problem(String value);

    /**
     * The name schemas are loaded with. Everit loads a referenced file with its own {@code uri},
     * {@code hostname} and {@code email} in place of any override, so those three are renamed while
     * loading; the others have names everit does not use.
     */
    String loadedName() {
        return this == URI_FORMAT || this == HOSTNAME || this == EMAIL ? "confguard-" + formatName : formatName;
    }

    /** The format with this name (or the name it is loaded with), or null. */
    public static CustomFormat byName(String name) {
        for (CustomFormat f : values()) {
            if (f.formatName.equals(name) || f.loadedName().equals(name)) {
                return f;
            }
        }
        return null;
    }

    static boolean hasSpaceOrControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> hostnameProblem(String value) {
        String host = value.endsWith(".") ? value.substring(0, value.length() - 1) : value;
        if (host.isEmpty()) {
            return Optional.of("it is empty");
        }
        if (host.length() > 253) {
            return Optional.of("a hostname has at most 253 characters");
        }
        for (String label : host.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.of(label.isEmpty() ? "it has an empty label (two dots in a row)"
                        : "each dot-separated label has 1 to 63 letters, digits or inner '-'");
            }
        }
        return Optional.empty();
    }

    private static String hostOf(String authority) {
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        if (hostPort.startsWith("[")) {
            int close = hostPort.indexOf(']');
            return close < 0 ? "" : hostPort.substring(0, close + 1);
        }
        int colon = hostPort.lastIndexOf(':');
        return colon < 0 ? hostPort : hostPort.substring(0, colon);
    }

    /** The checks shared by the database URLs: parseable, a port in range, and a host unless {@code emptyHostOk}. */
    private static Optional<String> urlProblem(String value, boolean emptyHostOk) {
        if (hasSpaceOrControl(value)) {
            return Optional.of("it contains whitespace or a control character");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return Optional.of("it is not a URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host = hostOf(authority);
        if (host.isEmpty() && !emptyHostOk) {
            return Optional.of("it has no host");
        }
        if (!host.isEmpty() && !host.startsWith("[") && hostnameProblem(host).isPresent()) {
            return Optional.of("the host is not a hostname");
        }
        if (hostPort.length() > host.length()) {
            String port = hostPort.substring(host.length() + 1);
            if (PORT.problem(port).isPresent()) {
                return Optional.of("the port is not a number from 1 to 65535");
            }
        }
        return Optional.empty();
    }
}

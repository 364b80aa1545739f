package dev.confguard.secrets.gcp;

import dev.confguard.secrets.store.SecretStoreException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code --secrets-endpoint}: {@code HOST:PORT}, with an IPv6 host in brackets. A loopback host is an
 * emulator or test server on this machine, reached in plaintext without credentials; any other host gets
 * TLS and Application Default Credentials, because tokens must never travel in the clear.
 */
record GcpEndpoint(String host, int port) {

    private static final Pattern HOST_PORT =
            Pattern.compile("(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):([0-9]{1,5})");
    private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");

    /** The endpoint {@code text} names, or INVALID with one line that shows the expected form. */
    static GcpEndpoint parse(String text) throws SecretStoreException {
        Matcher m = HOST_PORT.matcher(text);
        int port = m.matches() ? Integer.parseInt(m.group(2)) : 0;
        if (port < 1 || port > 65535) {
            throw new SecretStoreException(SecretStoreException.Reason.INVALID, "Secret Manager endpoint '"
                    + Messages.quote(text) + "' is not HOST:PORT (for example 127.0.0.1:8085 or [::1]:8085)");
        }
        return new GcpEndpoint(m.group(1), port);
    }

    /** Whether the host is this machine: localhost or a loopback address literal (no name is looked up). */
    boolean isLoopback() {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean literal = host.startsWith("[") || IPV4.matcher(host).matches();
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host)
                    .isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** {@code HOST:PORT}, as gax and messages want it. */
    String authority() {
        return host + ":" + port;
    }
}

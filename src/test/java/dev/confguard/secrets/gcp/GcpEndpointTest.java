package dev.confguard.secrets.gcp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which endpoints count as this machine (plaintext, no credentials); no name is ever looked up. */
class GcpEndpointTest {

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1:8085, true", "127.4.5.6:8085, true", "localhost:8085, true", "LOCALHOST:1, true",
        "[::1]:8085, true", "[0:0:0:0:0:0:0:1]:8085, true",
        "10.0.0.1:8085, false", "192.168.1.10:443, false", "[2001:db8::1]:443, false",
        "secretmanager.googleapis.com:443, false", "localhost.example.com:443, false", "127.example.com:1, false"})
    void loopbackMeansThisMachine(String endpoint, boolean loopback) throws Exception {
        GcpEndpoint parsed = GcpEndpoint.parse(endpoint);

        assertThat(parsed.isLoopback()).isEqualTo(loopback);
        assertThat(parsed.authority()).isEqualTo(endpoint);
    }
}

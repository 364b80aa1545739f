package dev.confguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    private static String drawn(boolean interactive) {
        StringWriter err = new StringWriter();
        Terminal terminal = new Terminal(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]), Map.of(), Path.of("."), interactive);
        try (TerminalProgress progress = TerminalProgress.on(terminal)) {
            progress.listed("netra-staging", 1, 3);
            progress.listed("netra-staging", 3, 3);
        }
        return err.toString();
    }

    @Test
    void drawsOneLineOnATerminalAndErasesIt() {
        String err = drawn(true);
        assertThat(err).contains("listing netra-staging: 1/3 secrets").contains("listing netra-staging: 3/3 secrets")
                .endsWith("\r\033[2K").doesNotContain("\n");
    }

    @Test
    void writesNothingWhenNotInteractive() {
        assertThat(drawn(false)).isEmpty();
    }
}

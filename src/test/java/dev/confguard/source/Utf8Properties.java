package dev.confguard.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class Utf8Properties {

    @Property(tries = 2000)
    void anyBytesRoundTrip(@ForAll @Size(max = 200) byte[] bytes) {
        DecodedText decoded = Utf8.decode(bytes);
        assertThat(Utf8.encode(decoded.text())).isEqualTo(bytes);
    }

    @Property(tries = 1000)
    void validTextDecodesLikeTheJdk(@ForAll @StringLength(max = 100) String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        String jdk = new String(bytes, StandardCharsets.UTF_8);
        DecodedText decoded = Utf8.decode(bytes);
        if (!jdk.contains("\uFFFD") && !hasLoneSurrogate(s)) {
            assertThat(decoded.text()).isEqualTo(jdk);
            assertThat(decoded.invalidOffsets()).isEmpty();
        }
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
                return true;
            }
            if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}

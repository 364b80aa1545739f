package dev.confguard.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetailsTest {
    @Test
    void keepsTheRulesOrderAndEqualsTheMapItCopies() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("keyword", "pattern");
        given.put("pointer", "/DATABASE_URL");
        given.put("a", "1");
        Map<String, String> details = Details.copyOf(given);

        assertThat(new ArrayList<>(details.keySet())).containsExactly("keyword", "pointer", "a");
        assertThat(details).isEqualTo(given).hasSameHashCodeAs(given);
        assertThat(details.get("pointer")).isEqualTo("/DATABASE_URL");
        assertThat(details.get("missing")).isNull();
        assertThat(details.containsKey("a")).isTrue();
        assertThatThrownBy(() -> details.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        given.put("later", "z");
        assertThat(details).hasSize(3);
    }

    @Test
    void noDetailsIsTheEmptyMap() {
        assertThat(Details.copyOf(null)).isEmpty();
        assertThat(Details.copyOf(Map.of())).isSameAs(Map.of());
        Finding f = new Finding("r", Severity.ERROR, "m", "f", 1, 1, 1, 2, null, null, null, null, List.of(), null);
        assertThat(f.details()).isEmpty();
    }
}

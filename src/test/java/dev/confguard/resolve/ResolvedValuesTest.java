package dev.confguard.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The compact map of a resolved configuration behaves as the ordered map it replaces. */
class ResolvedValuesTest {

    @Property(tries = 300)
    void sameEntriesLookupsAndOrderAsALinkedHashMap(@ForAll("keyLists") List<String> keys,
                                                    @ForAll("keyLists") List<String> probes) {
        Map<String, ResolvedValue> plain = new LinkedHashMap<>();
        int n = 0;
        for (String key : keys) {
            List<ValueOrigin> chain = new ArrayList<>();
            for (int i = 0; i <= n % 3; i++) {
                chain.add(new ValueOrigin("f" + i + ".env", n + 1, 1, n + 1, 5, i, "p" + i));
            }
            plain.putIfAbsent(key, new ResolvedValue(key, n % 4 == 0 ? null : "v" + n, "raw" + n, chain));
            n++;
        }
        Map<String, ResolvedValue> compact = ResolvedValues.copyOf(plain);

        assertThat(compact).isEqualTo(plain);
        assertThat(compact.hashCode()).isEqualTo(plain.hashCode());
        assertThat(new ArrayList<>(compact.keySet())).containsExactlyElementsOf(plain.keySet());
        assertThat(new ArrayList<>(compact.values())).containsExactlyElementsOf(plain.values());
        assertThat(compact.keySet()).isEqualTo(plain.keySet()).hasSize(plain.size());
        assertThat(compact.values()).hasSize(plain.size());
        for (String probe : probes) {
            assertThat(compact.keySet().contains(probe)).isEqualTo(plain.containsKey(probe));
            assertThat(compact.get(probe)).isEqualTo(plain.get(probe));
            assertThat(compact.containsKey(probe)).isEqualTo(plain.containsKey(probe));
        }
        assertThat(compact.get(42)).isNull();
        assertThat(ResolvedValues.copyOf(compact)).isSameAs(compact);
    }

    @Provide
    Arbitrary<List<String>> keyLists() {
        // few letters, so keys repeat and hash slots collide
        return Arbitraries.strings().withChars("ABab_").ofMinLength(1).ofMaxLength(3).list().ofMaxSize(40);
    }

    @Test
    void isUnmodifiableAndShowsNoValue() {
        ValueOrigin at = new ValueOrigin(".env", 1, 3, 1, 9, 0, ".env");
        Map<String, ResolvedValue> compact = ResolvedValues.copyOf(
                Map.of("PASSWORD", new ResolvedValue("PASSWORD", "hunter2", "hunter2", List.of(at))));

        assertThatThrownBy(() -> compact.put("X", null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> compact.clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(compact.toString()).contains("PASSWORD").doesNotContain("hunter2");
        assertThat(compact.get("PASSWORD").origin()).isEqualTo(at);
        assertThat(compact.get("PASSWORD").overridden()).isEmpty();
    }
}

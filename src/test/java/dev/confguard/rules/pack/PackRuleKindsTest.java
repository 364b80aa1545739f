package dev.confguard.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confguard.rules.WorkspaceContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The engine may hand a pack rule the configurations in parts, on several threads, unless the rule
 * compares them: every kind that overrides {@code check} (it looks at all configurations at once) must
 * say it does not judge each configuration alone, and no other kind may.
 */
class PackRuleKindsTest {
    @Test
    void kindsThatCompareConfigurationsAreNeverSplit() throws Exception {
        List<String> comparing = new java.util.ArrayList<>();
        for (String kind : Kinds.names()) {
            Class<?> rule = Class.forName(PackRule.class.getPackageName() + "." + className(kind));
            assertThat(PackRule.class).as(kind).isAssignableFrom(rule);
            boolean overridesCheck = declares(rule, "check", List.class, WorkspaceContext.class);
            boolean saysSo = declares(rule, "judgesEachConfigurationAlone");
            assertThat(saysSo).as(kind + " overrides check: it must (and only then may) override "
                    + "judgesEachConfigurationAlone").isEqualTo(overridesCheck);
            if (overridesCheck) {
                comparing.add(kind);
            }
        }
        assertThat(comparing).containsExactlyInAnyOrder("same-value", "points-to", "includes",
                "unique-across-environments");
    }

    private static boolean declares(Class<?> type, String name, Class<?>... parameters) {
        try {
            type.getDeclaredMethod(name, parameters);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** {@code not-placeholder} → {@code NotPlaceholderRule}. */
    private static String className(String kind) {
        StringBuilder out = new StringBuilder();
        for (String part : kind.split("-")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.append("Rule").toString();
    }
}

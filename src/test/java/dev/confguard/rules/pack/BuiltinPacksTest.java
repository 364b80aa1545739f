package dev.confguard.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The builtin packs are valid against schemas/rulepack.schema.json (at run time they skip that pass),
 * build with every choice of every option, and are the files at the repository's top level rules/.
 */
class BuiltinPacksTest {
    @Test
    void everyBuiltinPackIsValidAgainstTheSchemaAndBuildsWithEveryChoice() {
        for (String name : PackSet.BUILTIN) {
            PackSource source = PackSet.readBuiltinStrictly(name);
            assertThat(source.build(Map.of())).isNotEmpty();
            for (PackOption option : source.options().values()) {
                for (String choice : option.choices()) {
                    assertThat(source.build(Map.of(option.qualifiedName(), choice))).as(option.qualifiedName() + "="
                            + choice).isNotEmpty();
                }
            }
        }
    }

    @Test
    void theJarCarriesTheRepositoryCopies() throws IOException {
        for (String name : PackSet.BUILTIN) {
            byte[] inJar = PackSet.class.getResourceAsStream("/dev/confguard/rules/packs/" + name + ".yaml")
                    .readAllBytes();
            assertThat(inJar).isEqualTo(Files.readAllBytes(Path.of("rules", name + ".yaml")));
        }
    }

    @Test
    void netraExtendsCore() {
        assertThat(PackSet.catalog().references()).containsExactly("builtin:core", "builtin:netra");
    }
}

package dev.confguard.cli;

import dev.confguard.errors.UsageException;
import dev.confguard.rules.pack.PackSet;
import java.util.List;

/** Turns problems with packs named on the command line into usage errors naming the flag. */
final class CliPacks {
    private CliPacks() {
    }

    static PackSet.Problems problems(String flag, List<String> refs) {
        return new PackSet.Problems() {
            @Override
            public void reference(int index, String message) {
                throw new UsageException(flag + " " + refs.get(index) + ": " + message);
            }

            @Override
            public void option(String name, String message) {
                throw new UsageException(message);
            }
        };
    }
}

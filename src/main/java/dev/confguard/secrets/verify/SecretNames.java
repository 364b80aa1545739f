package dev.confguard.secrets.verify;

import dev.confguard.errors.Spelling;
import dev.confguard.secrets.store.StoredSecret;
import java.util.ArrayList;
import java.util.List;

/** A did-you-mean among a project's secret ids. */
final class SecretNames {
    private SecretNames() {
    }

    static String suggestion(String secret, List<StoredSecret> secrets) {
        // Spelling suggests within a third of the length (at least 2 edits): names further apart in
        // length cannot qualify, and skipping them keeps a project of thousands of secrets cheap.
        int reach = Math.max(2, secret.length() / 3);
        List<String> names = new ArrayList<>();
        List<String> prefixed = new ArrayList<>();
        for (StoredSecret s : secrets) {
            String name = s.secret();
            if (Math.abs(name.length() - secret.length()) <= reach) {
                names.add(name);
            }
            if (name.startsWith(secret + "-") || name.startsWith(secret + "_")) {
                prefixed.add(name);
            }
        }
        String close = Spelling.suggestion(secret, names);
        if (!close.isEmpty()) {
            return close;
        }
        return prefixed.isEmpty() ? "" : "; did you mean '" + prefixed.get(0) + "'?";
    }
}

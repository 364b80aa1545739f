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
        List<String> names = new ArrayList<>(secrets.size());
        secrets.forEach(s -> names.add(s.secret()));
        String close = Spelling.suggestion(secret, names);
        if (!close.isEmpty()) {
            return close;
        }
        for (String name : names) {
            if (name.startsWith(secret + "-") || name.startsWith(secret + "_")) {
                return "; did you mean '" + name + "'?";
            }
        }
        return "";
    }
}

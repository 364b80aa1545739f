package dev.confguard.cli;

import dev.confguard.report.OutputFormat;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of {@code confguard lint}, read by hand: building picocli's model (its classes, the
 * reflection over the annotations, its type converters) is most of a one-file run's start-up
 * (bench/README.md, "Lint path (issue 8)"). It takes only the plain forms of the options
 * {@link LintCommand} declares: {@code --name value}, {@code --name=value}, {@code -o value}, the two
 * flags, and paths. For anything else it returns null and picocli parses the same arguments, so help,
 * {@code --version}, {@code --}, {@code @files}, unknown, repeated or clustered options, missing values
 * and values picocli would convert or refuse differently behave exactly as they always have.
 * {@code LintArgsTest} runs a table of argument lists both ways and compares the results.
 */
final class LintArgs {
    private LintArgs() {
    }

    /**
     * {@code args[from..]} as picocli would set up the command, or null when picocli must read them.
     * Defaults are the ones the annotations declare.
     */
    static LintCommand parse(String[] args, int from) {
        LintCommand lint = new LintCommand();
        ReportOptions report = new ReportOptions();
        lint.report = report;
        lint.baseline = new BaselineOption();
        lint.maxFileMib = 64;
        report.format = OutputFormat.TEXT;
        report.failOn = "error";
        List<String> given = new ArrayList<>();
        for (int i = from; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-") || (!arg.isEmpty() && arg.charAt(0) != '-' && arg.charAt(0) != '@')) {
                lint.paths.add(arg);
                continue;
            }
            String name = arg;
            String value = null;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 2) {
                name = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            }
            String option = name.equals("-o") ? "--output" : name;
            boolean repeatable = option.equals("--select") || option.equals("--ignore");
            if (!repeatable) {
                // picocli refuses a single-valued option or flag given twice
                if (given.contains(option)) {
                    return null;
                }
                given.add(option);
            }
            if (option.equals("--no-color") || option.equals("--debug")) {
                if (value != null) {
                    return null;
                }
                if (option.equals("--no-color")) {
                    report.noColor = true;
                } else {
                    report.debug = true;
                }
                continue;
            }
            if (value == null) {
                if (i + 1 == args.length) {
                    return null;
                }
                value = args[++i];
            }
            if (value.isEmpty() || value.charAt(0) == '-' || value.charAt(0) == '@' || !set(lint, option, value)) {
                return null;
            }
        }
        return lint;
    }

    /** Sets one option as picocli's converter would; false when it is not one of lint's or the value is not plain. */
    private static boolean set(LintCommand lint, String option, String value) {
        switch (option) {
            case "--stdin-filename":
                lint.stdinFilename = value;
                return true;
            case "--max-file-size":
                // picocli: Long.valueOf; only plain digits here (no sign, no overflow)
                if (value.length() > 18) {
                    return false;
                }
                for (int i = 0; i < value.length(); i++) {
                    if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                        return false;
                    }
                }
                lint.maxFileMib = Long.parseLong(value);
                return true;
            case "--format":
                // picocli matches an enum constant's name or its toString()
                for (OutputFormat format : OutputFormat.values()) {
                    if (format.name().equals(value) || format.toString().equals(value)) {
                        lint.report.format = format;
                        return true;
                    }
                }
                return false;
            case "--output":
                lint.report.output = path(value);
                return lint.report.output != null;
            case "--baseline":
                lint.baseline.baseline = path(value);
                return lint.baseline.baseline != null;
            case "--fail-on":
                lint.report.failOn = value;
                return true;
            case "--select":
                return split(value, lint.report.select);
            case "--ignore":
                return split(value, lint.report.ignore);
            default:
                return false;
        }
    }

    /** picocli's Path converter is {@code Paths.get(value)}. */
    private static Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** {@code split = ","} for values without quotes or empty parts (picocli's splitter handles quotes). */
    private static boolean split(String value, List<String> into) {
        int start = 0;
        while (true) {
            int comma = value.indexOf(',', start);
            int end = comma < 0 ? value.length() : comma;
            if (end == start) {
                return false;
            }
            into.add(value.substring(start, end));
            if (comma < 0) {
                return value.indexOf('"') < 0 && value.indexOf('\'') < 0;
            }
            start = comma + 1;
        }
    }
}

package dev.confguard.cli;

import dev.confguard.errors.ExitCode;
import picocli.CommandLine;

/**
 * Builds the picocli command tree and maps every failure to a one-line message and an exit code.
 * {@code lint}, the pre-commit hot path, gets a tree of its own when {@link LintArgs} leaves its
 * arguments to picocli: building the model of every subcommand by reflection is most of a short
 * run's start-up.
 */
final class CommandLineFactory {
    private CommandLineFactory() {
    }

    /** Parses and runs a command line with picocli; the exit code. */
    static int execute(Terminal terminal, String[] args) {
        if (args.length > 0 && args[0].equals("lint")) {
            LintCommand command = new LintCommand();
            command.setTerminal(terminal);
            CommandLine lint = configure(new CommandLine(command, new TerminalFactory(terminal)), terminal);
            lint.setCommandName("confguard lint");
            return lint.execute(java.util.Arrays.copyOfRange(args, 1, args.length));
        }
        return create(terminal).execute(args);
    }

    static CommandLine create(Terminal terminal) {
        return configure(new CommandLine(new RootCommand(), new TerminalFactory(terminal)), terminal);
    }

    private static CommandLine configure(CommandLine cli, Terminal terminal) {
        cli.setOut(terminal.out());
        cli.setErr(terminal.err());
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(
                terminal.colorAllowed() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> Failures.report(e, isDebug(parseResult),
                terminal));
        cli.setParameterExceptionHandler((e, args) -> {
            terminal.err().println("confguard: error: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, terminal.err());
            terminal.err().println("Try '" + commandName(e.getCommandLine()) + " --help' for usage.");
            return ExitCode.USAGE;
        });
        return cli;
    }

    private static String commandName(CommandLine cl) {
        return cl.getParent() == null ? cl.getCommandName() : "confguard " + cl.getCommandName();
    }

    private static boolean isDebug(CommandLine.ParseResult result) {
        for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    /** Hands each command the terminal it runs in. */
    private static final class TerminalFactory implements CommandLine.IFactory {
        private final Terminal terminal;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        TerminalFactory(Terminal terminal) {
            this.terminal = terminal;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            K instance = fallback.create(cls);
            if (instance instanceof TerminalAware) {
                ((TerminalAware) instance).setTerminal(terminal);
            }
            return instance;
        }
    }
}

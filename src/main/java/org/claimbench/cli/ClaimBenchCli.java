package org.claimbench.cli;

import java.io.PrintWriter;
import java.util.Set;

import org.claimbench.store.DataDirectory;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code claimbench COMMAND [options]}. Errors go to stderr with a non-zero exit. */
@Command(name = "claimbench", mixinStandardHelpOptions = true, versionProvider = ClaimBenchCli.Version.class,
        description = "Read a lawsuit critically: structure, allegations and the evidence behind them.",
        subcommands = {CasesCommand.class, DemoCommand.class, AnalyzeCommand.class, FlagsCommand.class, ImportCommand.class, LinkAnswerCommand.class, CompareCommand.class, PassagesCommand.class, ReportCommand.class, ExportCommand.class, ImportCaseCommand.class, ImportAnnotationsCommand.class, BackupCommands.Backup.class, BackupCommands.ListBackups.class, BackupCommands.Restore.class,
                BackupCommands.Encrypt.class, BackupCommands.Decrypt.class, TeamCommand.class, ActivityCommand.class})
public final class ClaimBenchCli implements Runnable {

    /** Exit code for a failure the user can fix (bad input, missing case…). */
    public static final int FAILED = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Whether these arguments ask for the command line rather than the window. The window takes no argument,
     * {@code --data-dir DIR}, {@code --screenshot FILE} or a case file; anything else is a command (or a mistake
     * that the command line explains).
     */
    public static boolean wantsCli(String[] args) {
        Set<String> names = new CommandLine(new ClaimBenchCli()).getSubcommands().keySet();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (names.contains(a) || a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V")) {
                return true;
            }
            if (a.equals("--data-dir") || a.equals("--screenshot") || a.equals("--db-url") || a.equals("--db-user")) {
                i++; // the window's own options, with their values: the data folder, a team store and its user
            } else if (!a.startsWith("--data-dir=") && !a.startsWith("--db-url=") && !a.startsWith("--db-user=") && !a.equals("--startup-timing")
                    && !a.toLowerCase(java.util.Locale.ROOT).endsWith(".claimcase")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sends the libraries' log to claimbench-cli.log in the data folder of the command, so that a damaged PDF's
     * warnings do not fill the terminal. Called once, by the process's entry point, before anything logs.
     */
    public static void sendLogToDataFolder(String[] args) {
        String dataDir = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data-dir") && i + 1 < args.length) {
                dataDir = args[i + 1];
            } else if (args[i].startsWith("--data-dir=")) {
                dataDir = args[i].substring("--data-dir=".length());
            }
        }
        DataDirectory.sendLogTo(DataDirectory.resolve(dataDir), "claimbench-cli.log");
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ClaimBenchCli());
        cl.setOut(out);
        cl.setErr(err);
        CommandLine.IParameterExceptionHandler standard = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((ex, arguments) -> {
            String plain = numberWanted(ex);
            if (plain == null) {
                return standard.handleParseException(ex, arguments);
            }
            CommandLine c = ex.getCommandLine();
            c.getErr().println("claimbench: " + plain);
            c.getErr().println("`claimbench " + c.getCommandName() + " --help` lists its options.");
            c.getErr().flush();
            return c.getCommandSpec().exitCodeOnInvalidInput();
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("claimbench: " + messageOf(ex));
            commandLine.getErr().flush();
            return FAILED;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * For a number option given something else ("--wait abc"), a plain sentence that names the option and what it
     * wants, in place of picocli's "'abc' is not an int"; null for any other mistake.
     */
    static String numberWanted(CommandLine.ParameterException ex) {
        CommandLine.Model.ArgSpec arg = ex.getArgSpec();
        if (arg == null || !(ex.getCause() instanceof CommandLine.TypeConversionException)) {
            return null;
        }
        Class<?> type = arg.type();
        if ((type.isArray() || java.util.Collection.class.isAssignableFrom(type)) && arg.auxiliaryTypes().length > 0) {
            type = arg.auxiliaryTypes()[0];
        }
        boolean whole = type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class;
        boolean decimal = type == double.class || type == Double.class || type == float.class || type == Float.class;
        if (!whole && !decimal) {
            return null;
        }
        String name = arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
        String label = arg.paramLabel() == null || arg.paramLabel().isBlank() ? "" : " (" + arg.paramLabel() + ")";
        String value = ex.getValue() == null ? "" : ex.getValue();
        return name + " wants " + (whole ? "a whole number" : "a number") + label + ", such as " + name + " " + example(arg)
                + (value.isEmpty() ? "." : "; \u201c" + value + "\u201d is not one.");
    }

    private static String example(CommandLine.Model.ArgSpec arg) {
        String d = arg.defaultValue();
        return d != null && d.matches("\\d+") ? d : arg.isOption() && ((CommandLine.Model.OptionSpec) arg).longestName().equals("--case") ? "1" : "3";
    }

    static String messageOf(Throwable ex) {
        Throwable t = ex;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = ClaimBenchCli.class.getPackage().getImplementationVersion();
            return new String[] {"ClaimBench " + (v == null ? "development build" : v)};
        }
    }
}

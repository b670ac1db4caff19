package io.sightline.cli;

import io.sightline.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * The root of the command line (see DESIGN.md, "The command line"). Exit codes: 0 success, 1 the check failed,
 * 2 unusable input or an unreachable target. Errors are one line on stderr naming the input at fault.
 */
@Command(name = "sightline",
        mixinStandardHelpOptions = true,
        versionProvider = SightlineCommand.VersionProvider.class,
        description = "A console for investigating production incidents on JVM services.%n"
                + "With no subcommand, opens the GUI.",
        subcommands = {CommandLine.HelpCommand.class})
public final class SightlineCommand implements Runnable {
    public static final int EXIT_OK = 0;
    public static final int EXIT_CHECK_FAILED = 1;
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with every subcommand registered; also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SightlineCommand());
        for (Object sub : Subcommands.all()) {
            cl.addSubcommand(sub);
        }
        cl.registerConverter(Duration.class, DurationConverter::parse);
        cl.setExecutionExceptionHandler(SightlineCommand::handleFailure);
        cl.setParameterExceptionHandler(SightlineCommand::handleBadParameters);
        return cl;
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    private static int handleFailure(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        String message = e instanceof UserInputException ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        err.println(cl.getCommandSpec().qualifiedName() + ": " + message);
        err.flush();
        return e instanceof UserInputException u ? u.exitCode() : EXIT_BAD_INPUT;
    }

    private static int handleBadParameters(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        String name = cl.getCommandSpec().qualifiedName();
        cl.getErr().println(name + ": " + e.getMessage() + " (try '" + name + " --help')");
        cl.getErr().flush();
        return EXIT_BAD_INPUT;
    }

    /** Reads the version stamped by Maven, so {@code --version} works on every level. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Sightline " + Version.get(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}

package io.partita.cli;

import io.partita.kafka.KafkaOperationException;
import io.partita.sandbox.SandboxException;
import io.partita.schema.RegistryException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns exceptions into exit codes: a usage error prints picocli's message and a hint (2);
 * anything else prints one line naming the cause (1), plus the stack trace with {@code --verbose}.
 */
final class ErrorHandler implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        return usage(ex.getCommandLine(), ex.getMessage(), ex);
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
        if (ex instanceof ParameterException pe) {
            return usage(pe.getCommandLine(), pe.getMessage(), pe);
        }
        if (ex instanceof IllegalArgumentException) {
            return usage(command, message(ex), null);
        }
        PrintWriter err = command.getErr();
        err.println("partita: " + describe(ex));
        if (verbose(parsed)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return Cli.FAILED;
    }

    /** The one-line message for an operational failure. */
    static String describe(Throwable ex) {
        if (ex instanceof CliFailure || ex instanceof KafkaOperationException || ex instanceof RegistryException
                || ex instanceof SandboxException || ex instanceof UncheckedIOException
                || ex instanceof IOException || ex instanceof IllegalStateException) {
            return message(ex);
        }
        if (ex instanceof InterruptedException) {
            return "interrupted";
        }
        return "unexpected error: " + ex.getClass().getSimpleName() + ": " + message(ex)
                + " (run with --verbose for the stack trace)";
    }

    private static int usage(CommandLine command, String message, ParameterException ex) {
        PrintWriter err = command.getErr();
        err.println("partita: " + (message.startsWith("Missing required subcommand") ? missingCommand(command) : message));
        if (ex != null) {
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        }
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return Cli.USAGE;
    }

    private static String missingCommand(CommandLine command) {
        return "missing command: one of " + String.join(", ", command.getSubcommands().keySet());
    }

    private static String message(Throwable ex) {
        String text = ex.getMessage() == null || ex.getMessage().isBlank()
                ? ex.getClass().getSimpleName() : ex.getMessage();
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}

package org.confidant.guard.cli;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.confidant.guard.Guard;
import org.confidant.guard.policy.Policy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code confidant} command line: checks texts against the fellowship's confidentiality
 * rules ({@code check}) and scores the guard on a labelled corpus ({@code eval}).
 *
 * <p>Exit codes are listed in {@link ExitCodes}. User errors print one line on standard error,
 * never a stack trace and never the text being checked.
 */
@Command(name = "confidant",
    mixinStandardHelpOptions = true,
    versionProvider = ConfidantCli.Version.class,
    description = "Checks texts against the confidentiality rules of 12-step fellowships.",
    subcommands = {CheckCommand.class, EvalCommand.class, CommandLine.HelpCommand.class},
    exitCodeOnInvalidInput = ExitCodes.USAGE)
public final class ConfidantCli implements Runnable {
  private final Guard injected;
  private final InputStream stdin;
  private Guard standard;

  @Spec
  CommandSpec spec;

  /** The command line with the standard guard, reading standard input. */
  public ConfidantCli() {
    this(null, System.in);
  }

  /** For tests: a given guard (its policy is the base for {@code --policy}) and input. */
  ConfidantCli(Guard guard, InputStream stdin) {
    this.injected = guard;
    this.stdin = stdin;
  }

  /** Runs the command line and exits with its exit code. */
  public static void main(String[] args) {
    System.exit(commandLine(new ConfidantCli(),
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true))
        .execute(args));
  }

  /** A configured picocli command line for {@code cli} writing to {@code out} and {@code err}. */
  static CommandLine commandLine(ConfidantCli cli, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(cli);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(ConfidantCli::handle);
    cl.setParameterExceptionHandler(ConfidantCli::usageError);
    configure(cl);
    return cl;
  }

  private static void configure(CommandLine cl) {
    CommandSpec s = cl.getCommandSpec();
    s.exitCodeOnInvalidInput(ExitCodes.USAGE);
    s.exitCodeOnExecutionException(ExitCodes.SOFTWARE);
    if (!(cl.getCommand() instanceof CommandLine.HelpCommand)) {
      s.usageMessage().exitCodeListHeading("%nExit codes:%n");
      s.usageMessage().exitCodeList(ExitCodes.helpList());
    }
    cl.getSubcommands().values().forEach(ConfidantCli::configure);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is required: check or eval");
  }

  /** The guard to run, with the policy file laid over the base policy when one is given. */
  Guard guard(Path policyFile) {
    Guard base = injected;
    if (base == null) {
      if (standard == null) {
        standard = Guard.standard();
      }
      base = standard;
    }
    if (policyFile == null) {
      return base;
    }
    try {
      return base.withPolicy(Policy.withOverrides(policyFile));
    } catch (UncheckedIOException e) {
      throw new CliException(ExitCodes.IO, "cannot read policy file " + policyFile);
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.DATA, "bad policy file: " + e.getMessage());
    }
  }

  Inputs inputs() {
    return new Inputs(stdin);
  }

  /** A usage error: the reason, suggestions for a mistyped name, and where to find help. */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("confidant: " + e.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }

  private static int handle(Exception e, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (e instanceof CliException c) {
      err.println("confidant: " + c.getMessage());
      err.flush();
      return c.exitCode();
    }
    if (e instanceof CommandLine.ParameterException p) {
      return usageError(p, new String[0]);
    }
    // An unexpected failure: name its type only, since a message could quote the input.
    err.println("confidant: internal error (" + Internal.describe(e)
        + "); please report it, without the text you checked");
    err.flush();
    return ExitCodes.SOFTWARE;
  }

  /** The version from the jar's manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = ConfidantCli.class.getPackage().getImplementationVersion();
      return new String[] {"confidant " + (v == null ? "(development build)" : v)};
    }
  }
}

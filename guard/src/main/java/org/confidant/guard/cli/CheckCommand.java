package org.confidant.guard.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Guard;
import org.confidant.guard.Message;
import org.confidant.guard.ShareIndex;
import org.confidant.guard.Verdict;
import org.confidant.guard.meeting.FingerprintIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code confidant check}: checks one text (a file or standard input) and exits with the action,
 * or checks a corpus-format JSON Lines file line by line ({@code --jsonl}).
 *
 * <p>Offsets are printed in Unicode code points, end exclusive. Shares given with
 * {@code --share} are fingerprinted and not kept.
 */
@Command(name = "check",
    mixinStandardHelpOptions = true,
    header = "Check a text, or every line of a JSON Lines file, against the rules.",
    description = {
        "Checks a text against the confidentiality rules and prints the findings, what policy "
            + "does about each, the overall action and the redacted text; help resources are "
            + "shown when someone may be in danger.",
        "With --jsonl, checks every line of a corpus-format JSON Lines file instead and writes "
            + "one JSON line per example: {\"id\", \"action\", \"findings\": [{\"rule\", "
            + "\"kind\", \"start\", \"end\", \"text\", \"score\", \"explanation\"}]}.",
        "Offsets (start, end) count Unicode code points, end exclusive."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  confidant check --channel meeting docs/sample.txt",
        "  echo 'call Dana at 555-0134' | confidant check --channel public --format json",
        "  confidant check --jsonl texts.jsonl --out findings.jsonl"})
final class CheckCommand implements java.util.concurrent.Callable<Integer> {

  /** Output formats of a single check. */
  enum Format { text, json }

  @ParentCommand
  ConfidantCli cli;

  @Spec
  CommandSpec spec;

  @Option(names = "--channel", paramLabel = "CHANNEL", converter = ChannelConverter.class,
      description = "Where the text is going: meeting, sponsor, direct, group or public "
          + "(default: ${DEFAULT-VALUE}, the strictest).", defaultValue = "public")
  Channel channel;

  @Option(names = "--author", paramLabel = "NAME", description = "The writer's display name.")
  String author;

  @Option(names = "--members", paramLabel = "NAME", split = ",",
      description = "Display names of people in the writer's group(s), comma-separated.")
  List<String> members = new ArrayList<>();

  @Option(names = "--sponsees", paramLabel = "NAME", split = ",",
      description = "Display names of the writer's sponsees, comma-separated.")
  List<String> sponsees = new ArrayList<>();

  @Option(names = "--share", paramLabel = "TEXT",
      description = "A confidential share the writer heard in a meeting (repeatable).")
  List<String> shares = new ArrayList<>();

  @Option(names = "--policy", paramLabel = "FILE",
      description = "A policy file laid over the default policy.")
  Path policy;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output of a single check: text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--jsonl", paramLabel = "IN",
      description = "Check every line of a corpus-format JSON Lines file ('-' for standard "
          + "input); channel and context come from each line.")
  String jsonl;

  @Option(names = "--out", paramLabel = "OUT",
      description = "With --jsonl: write the results to this file (written to a temporary file "
          + "and moved into place when complete) instead of standard output.")
  Path out;

  @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
      description = "The text to check; '-' or nothing reads standard input.")
  String file;

  @Override
  public Integer call() {
    if (jsonl != null) {
      refuseWithJsonl();
      Guard guard = cli.guard(policy);
      new JsonlCheck(guard, cli.inputs()).run(jsonl, out, spec.commandLine().getOut());
      return ExitCodes.ALLOW;
    }
    if (out != null) {
      throw usage("--out is only used with --jsonl");
    }
    Guard guard = cli.guard(policy);
    String text = cli.inputs().readAll(file);
    ShareIndex index = shares.isEmpty() ? ShareIndex.empty() : FingerprintIndex.of(shares);
    Message message = new Message(text, channel, author, members, sponsees, index);
    Verdict verdict = guard.check(message);
    PrintWriter w = spec.commandLine().getOut();
    if (format == Format.json) {
      w.println(FindingView.JSON.writeValueAsString(
          FindingView.verdict(text, channel.id(), verdict)));
    } else {
      w.print(FindingView.verdictText(text, verdict));
    }
    w.flush();
    return ExitCodes.of(verdict.action());
  }

  private void refuseWithJsonl() {
    CommandLine.ParseResult pr = spec.commandLine().getParseResult();
    for (String o : List.of("--channel", "--author", "--members", "--sponsees", "--share",
        "--format")) {
      if (pr.hasMatchedOption(o)) {
        throw usage(o + " cannot be combined with --jsonl: each line carries its own context");
      }
    }
    if (file != null) {
      throw usage("give either FILE or --jsonl IN, not both");
    }
  }

  private CommandLine.ParameterException usage(String reason) {
    return new CommandLine.ParameterException(spec.commandLine(), reason);
  }

  /** Parses a channel id, naming the accepted values when it is not one. */
  static final class ChannelConverter implements CommandLine.ITypeConverter<Channel> {
    @Override
    public Channel convert(String value) {
      try {
        return Channel.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}

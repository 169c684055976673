package org.confidant.guard.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.confidant.guard.Finding;
import org.confidant.guard.Guard;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.confidant.guard.policy.Policy;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;
import org.confidant.guard.recognizer.Registry;

/** Runs the command line in-process against a guard of stand-in recognizers. */
final class CliRun {
  private CliRun() {}

  /** What a run printed and returned. */
  record Result(int code, String out, String err) {}

  /** Flags every occurrence of a word (case-insensitive), as a stand-in for a real recognizer. */
  record WordRecognizer(String word, Rule rule, Kind kind) implements Recognizer {
    @Override
    public String id() {
      return "test/" + word;
    }

    @Override
    public void recognize(Analysis analysis, List<Finding> out) {
      String lower = analysis.normalized().lower();
      for (int at = lower.indexOf(word); at >= 0; at = lower.indexOf(word, at + 1)) {
        out.add(analysis.finding(rule, kind, at, at + word.length(), 0.9, Subject.OTHER,
            "This looks like something that breaks the rule: " + rule.principle() + ".", id()));
      }
    }
  }

  /** A recognizer with a bug: it fails on any text containing "boom". */
  record FailingRecognizer() implements Recognizer {
    @Override
    public String id() {
      return "test/failing";
    }

    @Override
    public Rule rule() {
      return Rule.CRISIS;
    }

    @Override
    public void recognize(Analysis analysis, List<Finding> out) {
      if (analysis.original().contains("boom")) {
        throw new IllegalStateException("failed on " + analysis.original());
      }
    }
  }

  /** A guard that flags "555-0134" as a phone, "sobbed" as an individual case and
   * "end it all" as a crisis, with the default policy. */
  static Guard testGuard() {
    return Guard.of(Registry.of(
        new WordRecognizer("555-0134", Rule.PERSONAL_INFO, Kind.PHONE),
        new WordRecognizer("sobbed", Rule.INDIVIDUAL_CASE, null),
        new WordRecognizer("end it all", Rule.CRISIS, null)), Policy.defaults());
  }

  static Result run(String stdin, String... args) {
    return run(testGuard(), stdin, args);
  }

  static Result run(Guard guard, String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ConfidantCli cli = new ConfidantCli(guard,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    int code = ConfidantCli.commandLine(cli, new PrintWriter(out), new PrintWriter(err))
        .execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}

package org.confidant.guard.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.confidant.guard.Finding;
import org.confidant.guard.Guard;
import org.confidant.guard.Kind;
import org.confidant.guard.Rule;
import org.confidant.guard.eval.Example;
import org.confidant.guard.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code confidant eval}: scores the guard's findings on a labelled corpus with the corpus
 * GUIDE's rules ({@link Scorer}), per rule, per personal-info kind and pooled.
 *
 * <p>Policy plays no part: every finding the recognizers report is scored.
 */
@Command(name = "eval",
    mixinStandardHelpOptions = true,
    header = "Score the guard on a labelled corpus (precision, recall, F1, F2).",
    description = {
        "Scores the guard on a labelled corpus as the corpus GUIDE defines it: precision, "
            + "recall, F1 and F2 per rule and per personal-info kind, the micro average over "
            + "all of them, and the false-alarm rate (clean examples on which anything but "
            + "crisis is reported). The last line is a one-line summary.",
        "CORPUS is corpus-format JSON Lines, or a Presidio-style JSON array (detected by its "
            + "first character '[')."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  confidant eval ../shared/corpus/dev.jsonl",
        "  confidant eval --misses ../shared/corpus/dev.jsonl",
        "  confidant eval --json ../shared/corpus/dev.jsonl"})
final class EvalCommand implements java.util.concurrent.Callable<Integer> {

  @ParentCommand
  ConfidantCli cli;

  @Spec
  CommandSpec spec;

  @Option(names = "--json", description = "Print the scores as one JSON object.")
  boolean json;

  @Option(names = "--misses", description = "Also list, per example, the expected findings "
      + "that were missed and the reported findings that are false (ids, labels and quotes; "
      + "this prints corpus text).")
  boolean misses;

  @Parameters(index = "0", paramLabel = "CORPUS",
      description = "The labelled corpus; '-' reads standard input.")
  String corpus;

  @Override
  public Integer call() {
    List<Example> examples = CorpusFiles.read(cli.inputs(), corpus);
    Guard guard = cli.guard(null);
    Scorer scorer = new Scorer();
    ArrayNode missJson = FindingView.JSON.createArrayNode();
    StringBuilder missText = new StringBuilder();
    for (Example e : examples) {
      List<Finding> found;
      try {
        found = guard.detect(e.toMessage());
      } catch (RuntimeException ex) {
        throw Internal.guardFailed("example " + e.id(), ex);
      }
      Scorer.Outcome o = scorer.add(e, found);
      if (misses && (!o.missed().isEmpty() || !o.falseFindings().isEmpty())) {
        addMisses(e, o, missJson, missText);
      }
    }
    PrintWriter w = spec.commandLine().getOut();
    if (json) {
      ObjectNode out = scores(scorer);
      if (misses) {
        out.set("misses", missJson);
      }
      w.println(FindingView.JSON.writeValueAsString(out));
    } else {
      w.print(missText);
      w.print(table(scorer));
      w.println(summary(scorer));
    }
    w.flush();
    return ExitCodes.ALLOW;
  }

  /** The one-line summary, e.g. {@code micro P=0.93 R=0.91 ... examples=320}. */
  static String summary(Scorer s) {
    Scorer.Counts m = s.micro();
    return String.format(Locale.ROOT,
        "micro P=%.2f R=%.2f F1=%.2f F2=%.2f false-alarms=%.1f%% (%d/%d) examples=%d",
        m.precision(), m.recall(), m.f1(), m.f2(), 100 * s.falseAlarmRate(), s.falseAlarms(),
        s.cleanExamples(), s.examples());
  }

  private static Map<String, Scorer.Counts> rows(Scorer s) {
    Map<String, Scorer.Counts> rows = new TreeMap<>(s.byRule());
    for (Kind k : Kind.values()) {
      rows.put(Rule.PERSONAL_INFO.id() + "/" + k.id(), new Scorer.Counts());
    }
    rows.putAll(s.byKind());
    return rows;
  }

  private static String table(Scorer s) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-28s %6s %6s %6s %6s %8s %8s%n", "label", "P", "R",
        "F1", "F2", "expected", "reported"));
    rows(s).forEach((label, c) -> b.append(row(label, c)));
    b.append(row("micro", s.micro()));
    b.append(String.format(Locale.ROOT, "false alarms: %d of %d clean examples (%.1f%%)%n",
        s.falseAlarms(), s.cleanExamples(), 100 * s.falseAlarmRate()));
    return b.toString();
  }

  private static String row(String label, Scorer.Counts c) {
    if (c.expected() == 0 && c.reported() == 0) {
      return String.format(Locale.ROOT, "%-28s %6s %6s %6s %6s %8d %8d%n", label, "-", "-", "-",
          "-", 0, 0);
    }
    return String.format(Locale.ROOT, "%-28s %6.3f %6.3f %6.3f %6.3f %8d %8d%n", label,
        c.precision(), c.recall(), c.f1(), c.f2(), c.expected(), c.reported());
  }

  private static ObjectNode scores(Scorer s) {
    ObjectNode o = FindingView.JSON.createObjectNode();
    o.put("examples", s.examples());
    ObjectNode rules = o.putObject("rules");
    s.byRule().forEach((k, c) -> rules.set(k, counts(c)));
    ObjectNode kinds = o.putObject("kinds");
    rows(s).forEach((k, c) -> {
      if (k.indexOf('/') > 0) {
        kinds.set(k.substring(k.indexOf('/') + 1), counts(c));
      }
    });
    o.set("micro", counts(s.micro()));
    ObjectNode fa = o.putObject("falseAlarms");
    fa.put("rate", s.falseAlarmRate());
    fa.put("count", s.falseAlarms());
    fa.put("cleanExamples", s.cleanExamples());
    o.put("summary", summary(s));
    return o;
  }

  private static ObjectNode counts(Scorer.Counts c) {
    ObjectNode o = FindingView.JSON.createObjectNode();
    boolean empty = c.expected() == 0 && c.reported() == 0;
    if (empty) {
      o.putNull("precision");
      o.putNull("recall");
      o.putNull("f1");
      o.putNull("f2");
    } else {
      o.put("precision", c.precision());
      o.put("recall", c.recall());
      o.put("f1", c.f1());
      o.put("f2", c.f2());
    }
    o.put("expected", c.expected());
    o.put("found", c.found());
    o.put("reported", c.reported());
    o.put("reportedTrue", c.reportedTrue());
    return o;
  }

  private static void addMisses(Example e, Scorer.Outcome o, ArrayNode json, StringBuilder text) {
    CodePoints cp = new CodePoints(e.text());
    ObjectNode m = json.addObject();
    m.put("id", e.id());
    ArrayNode missed = m.putArray("missed");
    for (Example.Expected x : o.missed()) {
      ObjectNode j = missed.addObject();
      j.put("label", x.label());
      j.put("quote", x.quote());
      text.append(String.format("MISS  %s %-28s \"%s\"%n", e.id(), x.label(), x.quote()));
    }
    ArrayNode wrong = m.putArray("false");
    for (Finding f : o.falseFindings()) {
      String quote = e.text().substring(f.start(), Math.min(f.end(), e.text().length()));
      ObjectNode j = wrong.addObject();
      j.put("label", f.label());
      j.put("quote", quote);
      j.put("start", cp.of(f.start()));
      j.put("end", cp.of(f.end()));
      j.put("recognizer", f.recognizer());
      text.append(String.format("FALSE %s %-28s \"%s\" (%s)%n", e.id(), f.label(), quote,
          f.recognizer()));
    }
  }
}

package org.confidant.guard.eval;

import java.util.Locale;
import java.util.Map;
import org.confidant.guard.Finding;
import org.confidant.guard.Guard;
import org.junit.jupiter.api.Test;

/**
 * A developer's diagnostic, not an assertion: prints the dev corpus scores, and with
 * {@code -Dconfidant.misses=RULE} (a rule id or {@code all}) the ids, labels and quotes of the
 * misses and false findings of that rule. Run it with
 * {@code ./mvnw -q -o test -pl guard -Dtest=DevCorpusReport -Dconfidant.report=true}.
 */
class DevCorpusReport {

  @Test
  void printScores() throws Exception {
    if (!Boolean.getBoolean("confidant.report")) {
      return;
    }
    String misses = System.getProperty("confidant.misses", "");
    Guard guard = Guard.standard();
    Scorer s = new Scorer();
    StringBuilder out = new StringBuilder();
    for (Example e : DevCorpus.examples()) {
      Scorer.Outcome o = s.add(e, guard.detect(e.toMessage()));
      for (Example.Expected x : o.missed()) {
        if (misses.equals("all") || x.rule().id().equals(misses)) {
          out.append(String.format("MISS  %s %-28s \"%s\"%n    %s%n", e.id(), x.label(), x.quote(),
              e.channel().id() + ": " + e.text()));
        }
      }
      for (Finding f : o.falseFindings()) {
        if (misses.equals("all") || f.rule().id().equals(misses)) {
          out.append(String.format("FALSE %s %-28s \"%s\" (%s)%n    %s%n", e.id(), f.label(),
              e.text().substring(f.start(), f.end()), f.recognizer(),
              e.channel().id() + ": " + e.text()));
        }
      }
    }
    out.append(String.format("%-28s %5s %5s %5s %5s %5s %5s%n", "label", "P", "R", "F1", "F2",
        "exp", "rep"));
    Map<String, Scorer.Counts> rows = new java.util.TreeMap<>(s.byRule());
    rows.putAll(s.byKind());
    rows.forEach((k, c) -> out.append(line(k, c)));
    out.append(line("MICRO", s.micro()));
    out.append(String.format(Locale.ROOT, "false alarms %d/%d = %.3f%n", s.falseAlarms(),
        s.cleanExamples(), s.falseAlarmRate()));
    System.out.print(out);
  }

  private static String line(String label, Scorer.Counts c) {
    return String.format(Locale.ROOT, "%-28s %5.3f %5.3f %5.3f %5.3f %5d %5d%n", label,
        c.precision(), c.recall(), c.f1(), c.f2(), c.expected(), c.reported());
  }
}

package org.confidant.guard.eval;

import java.util.Locale;
import java.util.Map;
import org.confidant.guard.Finding;
import org.confidant.guard.Guard;
import org.junit.jupiter.api.Test;

/**
 * A developer's diagnostic, not an assertion: scores the guard on the external Presidio sample
 * (mapped by {@link PresidioReader}) and prints per-kind precision, recall and F1; with
 * {@code -Dconfidant.misses=KIND} (a personal-info kind such as {@code full-name}, or
 * {@code all}) it also prints that kind's misses and false findings. Run it with
 * {@code ./mvnw -q -o test -pl guard -Dtest=PresidioSampleReport -Dconfidant.report=true}.
 */
class PresidioSampleReport {

  @Test
  void printScores() throws Exception {
    if (!Boolean.getBoolean("confidant.report")) {
      return;
    }
    String misses = System.getProperty("confidant.misses", "");
    Guard guard = Guard.standard();
    Scorer s = new Scorer();
    StringBuilder out = new StringBuilder();
    for (Example e : PresidioSample.examples()) {
      Scorer.Outcome o = s.add(e, guard.detect(e.toMessage()));
      for (Example.Expected x : o.missed()) {
        if (misses.equals("all") || x.kind() != null && x.kind().id().equals(misses)) {
          out.append(String.format("MISS  %s %-24s \"%s\"%n    %s%n", e.id(), x.label(),
              x.quote(), e.text().replace('\n', '|')));
        }
      }
      for (Finding f : o.falseFindings()) {
        if (misses.equals("all") || f.kind() != null && f.kind().id().equals(misses)) {
          out.append(String.format("FALSE %s %-24s \"%s\" (%s)%n    %s%n", e.id(), f.label(),
              e.text().substring(f.start(), f.end()), f.recognizer(),
              e.text().replace('\n', '|')));
        }
      }
    }
    out.append(String.format("%-28s %5s %5s %5s %5s %5s%n", "label", "P", "R", "F1", "exp",
        "rep"));
    Map<String, Scorer.Counts> rows = s.byKind();
    rows.forEach((k, c) -> out.append(line(k, c)));
    out.append(line("personal-info (all kinds)", s.byRule().get("personal-info")));
    out.append(String.format(Locale.ROOT, "examples %d, clean %d, false alarms %d%n",
        s.examples(), s.cleanExamples(), s.falseAlarms()));
    System.out.print(out);
  }

  private static String line(String label, Scorer.Counts c) {
    return String.format(Locale.ROOT, "%-28s %5.3f %5.3f %5.3f %5d %5d%n", label,
        c.precision(), c.recall(), c.f1(), c.expected(), c.reported());
  }
}

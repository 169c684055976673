package org.confidant.guard.meeting;

import java.util.List;
import org.confidant.guard.Rule;
import org.confidant.guard.eval.DevCorpus;
import org.confidant.guard.eval.Example;
import org.junit.jupiter.api.Test;

/**
 * A developer's diagnostic, not an assertion: for every dev example with shares, prints the best
 * window of each share (distinct fingerprints, share size, containment) and, with
 * {@code -Dconfidant.terms=true}, the terms of share and text. Opt-in with
 * {@code -Dconfidant.report=true}.
 */
class ShareMatchDiagnostic {

  @Test
  void printWindows() throws Exception {
    if (!Boolean.getBoolean("confidant.report")) {
      return;
    }
    boolean terms = Boolean.getBoolean("confidant.terms");
    StringBuilder out = new StringBuilder();
    for (Example e : DevCorpus.examples()) {
      if (e.shares() == null || e.shares().isEmpty()) {
        continue;
      }
      boolean expected = e.expect().stream().anyMatch(x -> x.rule() == Rule.MEETING_CONTENT);
      FingerprintIndex index = FingerprintIndex.of(e.shares());
      List<FingerprintIndex.Window> ws = index.windows(e.text());
      out.append(String.format("%s %s %s windows=%s%n", e.id(), expected ? "EXPECT" : "clean ",
          e.channel().id(), ws.stream().map(w -> String.format("%d/%d=%.2f%s", w.distinct(),
              w.size(), w.containment(), w.isMatch() ? "*" : "")).toList()));
      if (terms) {
        out.append("   share: ").append(e.shares().stream()
            .map(s -> Terms.of(s).stream().map(Terms.Term::term).toList()).toList()).append('\n');
        out.append("   text:  ").append(Terms.of(e.text()).stream().map(Terms.Term::term).toList())
            .append('\n');
      }
    }
    System.out.print(out);
  }
}

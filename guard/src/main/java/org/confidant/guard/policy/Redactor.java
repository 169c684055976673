package org.confidant.guard.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.confidant.guard.Action;
import org.confidant.guard.Verdict.Decision;

/**
 * Replaces the spans that policy blocks or redacts with placeholders naming what was there.
 *
 * <p>A personal-info span becomes its kind ({@code [phone]}); a span of another rule becomes the
 * rule id ({@code [individual-case]}). Overlapping spans merge into one placeholder, the first
 * one's. Runs in O(n log n) in the number of decisions plus linear in the text.
 */
public final class Redactor {

  /** {@code text} with every span whose decision is redact or block replaced. */
  public String redact(String text, List<Decision> decisions) {
    List<Decision> hidden = new ArrayList<>();
    for (Decision d : decisions) {
      if (d.action() == Action.REDACT || d.action() == Action.BLOCK) {
        hidden.add(d);
      }
    }
    if (hidden.isEmpty()) {
      return text;
    }
    hidden.sort(Comparator.comparingInt((Decision d) -> d.finding().start())
        .thenComparingInt(d -> -d.finding().end()));
    StringBuilder out = new StringBuilder(text.length());
    int pos = 0;
    int i = 0;
    while (i < hidden.size()) {
      Decision first = hidden.get(i);
      int start = Math.max(pos, first.finding().start());
      int end = first.finding().end();
      i++;
      while (i < hidden.size() && hidden.get(i).finding().start() < end) {
        end = Math.max(end, hidden.get(i).finding().end());
        i++;
      }
      if (end <= pos) {
        continue;
      }
      out.append(text, pos, start);
      out.append(placeholder(first));
      pos = end;
    }
    out.append(text, pos, text.length());
    return out.toString();
  }

  private static String placeholder(Decision d) {
    return d.finding().kind() != null
        ? d.finding().kind().placeholder()
        : "[" + d.finding().rule().id() + "]";
  }
}

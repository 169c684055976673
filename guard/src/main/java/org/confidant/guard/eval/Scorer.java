package org.confidant.guard.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.confidant.guard.Finding;
import org.confidant.guard.Rule;

/**
 * The corpus GUIDE's scoring, exactly.
 *
 * <p>An expected finding is found when a reported finding of the same rule (and kind) overlaps
 * any occurrence of its quote. A reported finding is false when it overlaps no expected finding
 * of the same rule (and kind); reported findings overlapping an {@code ignore} stretch count
 * neither way. Counts are kept per rule, per personal-info kind, and pooled (micro).
 */
public final class Scorer {
  private final Map<String, Counts> byLabel = new TreeMap<>();
  private int cleanExamples;
  private int falseAlarms;
  private int examples;

  /** Counts of one label (a rule, or personal-info/KIND). */
  public static final class Counts {
    int reported;
    int reportedTrue;
    int expected;
    int found;

    public int reported() {
      return reported;
    }

    public int reportedTrue() {
      return reportedTrue;
    }

    public int expected() {
      return expected;
    }

    public int found() {
      return found;
    }

    public double precision() {
      return reported == 0 ? (expected == 0 ? 1 : 0) : (double) reportedTrue / reported;
    }

    public double recall() {
      return expected == 0 ? (reported == 0 ? 1 : 0) : (double) found / expected;
    }

    public double f(double beta) {
      double p = precision();
      double r = recall();
      double b2 = beta * beta;
      return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
    }

    public double f1() {
      return f(1);
    }

    public double f2() {
      return f(2);
    }

    void add(Counts o) {
      reported += o.reported;
      reportedTrue += o.reportedTrue;
      expected += o.expected;
      found += o.found;
    }
  }

  /** What went wrong on one example: expected findings not found, reported findings false. */
  public record Outcome(String id, List<Example.Expected> missed, List<Finding> falseFindings) {}

  /** Scores one example's reported findings; returns its misses for diagnostics. */
  public Outcome add(Example example, List<Finding> reported) {
    examples++;
    String text = example.text();
    List<Example.Expected> expect = example.expect();
    List<Finding> counted = new ArrayList<>();
    for (Finding f : reported) {
      if (example.ignore().stream().noneMatch(s -> f.start() < s.end() && s.start() < f.end())) {
        counted.add(f);
      }
    }
    if (expect.isEmpty()) {
      cleanExamples++;
      if (counted.stream().anyMatch(f -> f.rule() != Rule.CRISIS)) {
        falseAlarms++;
      }
    }
    List<Example.Expected> missed = new ArrayList<>();
    for (Example.Expected e : expect) {
      Counts c = counts(e.label());
      c.expected++;
      if (counted.stream().anyMatch(f -> f.label().equals(e.label()) && overlapsQuote(text, e, f))) {
        c.found++;
      } else {
        missed.add(e);
      }
    }
    List<Finding> wrong = new ArrayList<>();
    for (Finding f : counted) {
      Counts c = counts(f.label());
      c.reported++;
      if (expect.stream().anyMatch(e -> f.label().equals(e.label()) && overlapsQuote(text, e, f))) {
        c.reportedTrue++;
      } else {
        wrong.add(f);
      }
    }
    return new Outcome(example.id(), missed, wrong);
  }

  private static boolean overlapsQuote(String text, Example.Expected e, Finding f) {
    String q = e.quote();
    if (q.isEmpty()) {
      return false;
    }
    for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
      if (f.start() < at + q.length() && at < f.end()) {
        return true;
      }
    }
    return false;
  }

  private Counts counts(String label) {
    return byLabel.computeIfAbsent(label, k -> new Counts());
  }

  /** Counts per personal-info kind, keyed {@code personal-info/KIND}. */
  public Map<String, Counts> byKind() {
    Map<String, Counts> out = new TreeMap<>();
    byLabel.forEach((k, v) -> {
      if (k.contains("/")) {
        out.put(k, v);
      }
    });
    return out;
  }

  /** Counts per rule, personal-info pooled over its kinds; every rule present. */
  public Map<String, Counts> byRule() {
    Map<String, Counts> out = new TreeMap<>();
    for (Rule r : Rule.values()) {
      out.put(r.id(), new Counts());
    }
    byLabel.forEach((k, v) -> {
      int slash = k.indexOf('/');
      out.get(slash < 0 ? k : k.substring(0, slash)).add(v);
    });
    return out;
  }

  /** Counts pooled over every rule and kind. */
  public Counts micro() {
    Counts all = new Counts();
    byLabel.values().forEach(all::add);
    return all;
  }

  /** Share of clean examples on which anything but crisis was reported. */
  public double falseAlarmRate() {
    return cleanExamples == 0 ? 0 : (double) falseAlarms / cleanExamples;
  }

  public int cleanExamples() {
    return cleanExamples;
  }

  public int falseAlarms() {
    return falseAlarms;
  }

  public int examples() {
    return examples;
  }
}

package org.confidant.guard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.confidant.guard.policy.Policy;
import org.confidant.guard.policy.Redactor;
import org.confidant.guard.recognizer.Analysis;
import org.confidant.guard.recognizer.Recognizer;
import org.confidant.guard.recognizer.Registry;
import org.confidant.guard.text.NormalizedText;
import org.confidant.guard.text.Normalizer;

/**
 * Checks a message against the fellowship's confidentiality rules and says what to do about it.
 *
 * <p>Detection is best-effort: the guard catches the common ways people break anonymity, not
 * every one, and it sometimes flags a text that is fine. It does no I/O and never logs or keeps
 * the text. A guard is immutable and safe to share between threads; a check runs in time linear
 * in the text's length.
 */
public final class Guard {
  private static final Comparator<Finding> TEXT_ORDER = Comparator.comparingInt(Finding::start)
      .thenComparingInt(Finding::end)
      .thenComparing(Finding::rule);

  private final Registry registry;
  private final Policy policy;
  private final Normalizer normalizer = new Normalizer();
  private final Redactor redactor = new Redactor();

  private Guard(Registry registry, Policy policy) {
    this.registry = Objects.requireNonNull(registry);
    this.policy = Objects.requireNonNull(policy);
  }

  /** A guard with every built-in recognizer and the default policy. */
  public static Guard standard() {
    return new Guard(Registry.defaults(), Policy.defaults());
  }

  /** A guard with the given recognizers and policy. */
  public static Guard of(Registry registry, Policy policy) {
    return new Guard(registry, policy);
  }

  /** This guard's recognizers with another policy. */
  public Guard withPolicy(Policy policy) {
    return new Guard(registry, policy);
  }

  /** The findings for {@code message}, in text order, without applying policy. */
  public List<Finding> detect(Message message) {
    NormalizedText normalized = normalizer.normalize(message.text());
    Analysis analysis = new Analysis(message, normalized);
    List<Finding> findings = new ArrayList<>();
    for (Recognizer r : registry.recognizers()) {
      r.recognize(analysis, findings);
    }
    findings.sort(TEXT_ORDER);
    return findings;
  }

  /** Detects, then applies policy and redaction; see {@link Verdict} for the guarantees. */
  public Verdict check(Message message) {
    List<Finding> findings = detect(message);
    boolean crisis = findings.stream().anyMatch(f -> f.rule() == Rule.CRISIS);
    List<Verdict.Decision> decisions = new ArrayList<>(findings.size());
    Action overall = Action.ALLOW;
    for (Finding f : findings) {
      Action a = policy.actionFor(message.channel(), f);
      if (crisis && a == Action.BLOCK) {
        // A member in danger is never silenced: what would be blocked goes out redacted.
        a = Action.REDACT;
      }
      decisions.add(new Verdict.Decision(f, a));
      overall = overall.max(a);
    }
    String redacted = redactor.redact(message.text(), decisions);
    return new Verdict(decisions, overall, redacted,
        crisis ? HelpResource.DEFAULTS : List.of());
  }
}

package org.confidant.guard;

import java.util.List;

/**
 * What the guard says about a message: the findings, what policy does about each, and the result.
 *
 * <p>Guarantees: {@code action} is the most restrictive of the decisions' actions, except that a
 * verdict with a crisis finding is never {@link Action#BLOCK}: what would have been blocked is
 * redacted instead, so that a member in danger is never silenced. {@code help} is non-empty exactly
 * when there is a crisis finding. {@code redactedText} has every span whose action is
 * {@link Action#REDACT} or {@link Action#BLOCK} replaced by its placeholder.
 *
 * @param decisions each finding with the action policy gives it, in text order
 * @param action the overall action
 * @param redactedText the text with blocked and redacted spans replaced
 * @param help resources to show the writer; empty unless there is a crisis finding
 */
public record Verdict(
    List<Decision> decisions, Action action, String redactedText, List<HelpResource> help) {

  public Verdict {
    decisions = List.copyOf(decisions);
    help = List.copyOf(help);
  }

  /** The findings, in text order. */
  public List<Finding> findings() {
    return decisions.stream().map(Decision::finding).toList();
  }

  /** Whether any finding has the given rule. */
  public boolean has(Rule rule) {
    return decisions.stream().anyMatch(d -> d.finding().rule() == rule);
  }

  /**
   * A finding with the action policy gives it.
   *
   * @param finding the finding
   * @param action what policy does about it
   */
  public record Decision(Finding finding, Action action) {}
}

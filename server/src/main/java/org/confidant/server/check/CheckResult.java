package org.confidant.server.check;

import java.util.List;
import org.confidant.guard.Action;
import org.confidant.guard.HelpResource;
import org.confidant.guard.Verdict;

/**
 * What the check page shows: a summary, each finding with the words it is about, the redacted text
 * and, for a crisis, the help resources first.
 */
record CheckResult(String action, String summary, List<Item> items, String redactedText, boolean changed,
    List<HelpResource> help) {

  /**
   * One finding as shown.
   *
   * @param rule the rule's principle in plain words
   * @param what the personal-info kind's description, or empty
   * @param words the words of the member's own text the finding is about
   * @param explanation the guard's explanation
   * @param action what would happen to these words
   */
  record Item(String rule, String what, String words, String explanation, String action) {}

  static CheckResult of(String text, Verdict verdict) {
    List<Item> items = verdict.decisions().stream()
        .map(d -> new Item(d.finding().rule().principle(),
            d.finding().kind() == null ? "" : d.finding().kind().description(),
            text.substring(d.finding().start(), d.finding().end()), d.finding().explanation(), actionWords(d.action())))
        .toList();
    return new CheckResult(verdict.action().id(), CheckController.summary(verdict.action()), items,
        verdict.redactedText(), !verdict.redactedText().equals(text), verdict.help());
  }

  private static String actionWords(Action action) {
    return switch (action) {
      case ALLOW -> "allowed";
      case WARN -> "warning";
      case REDACT -> "held back";
      case BLOCK -> "blocked";
    };
  }
}

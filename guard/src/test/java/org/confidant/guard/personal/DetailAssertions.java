package org.confidant.guard.personal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Guard;
import org.confidant.guard.Kind;
import org.confidant.guard.Message;
import org.confidant.guard.Rule;
import org.confidant.guard.policy.Policy;
import org.confidant.guard.recognizer.Recognizer;
import org.confidant.guard.recognizer.Registry;

/** Shared checks for the address, id-number and birth-date table tests. */
final class DetailAssertions {
  private DetailAssertions() {}

  /** The findings of {@code recognizer} alone, after the standard normalizer, on {@code text}. */
  static List<Finding> detect(Recognizer recognizer, String text) {
    Guard guard = Guard.of(Registry.of(recognizer), Policy.defaults());
    return guard.detect(Message.of(text, Channel.GROUP));
  }

  /**
   * Asserts that {@code recognizer} reports exactly the quotes given (by overlap), each as
   * {@code kind}, or nothing when {@code quotes} is empty; and that explanations cite the rule
   * and repeat no digit of the text.
   */
  static void assertFlags(Recognizer recognizer, Kind kind, String text, String... quotes) {
    List<Finding> found = detect(recognizer, text);
    assertThat(found.size()).as("one finding per quote").isLessThanOrEqualTo(quotes.length);
    for (Finding f : found) {
      assertThat(f.rule()).isEqualTo(Rule.PERSONAL_INFO);
      assertThat(f.kind()).isEqualTo(kind);
      assertThat(f.start()).isBetween(0, text.length());
      assertThat(f.end()).isBetween(f.start() + 1, text.length());
      assertThat(f.explanation()).contains(Rule.PERSONAL_INFO.principle())
          .doesNotContainPattern("[0-9]");
      assertThat(f.recognizer()).isEqualTo(recognizer.id());
      boolean expected = false;
      for (String q : quotes) {
        int at = text.indexOf(q);
        assertThat(at).as("quote must be in the text").isGreaterThanOrEqualTo(0);
        expected |= f.start() < at + q.length() && at < f.end();
      }
      assertThat(expected).as("unexpected finding over '%s'",
          text.substring(f.start(), f.end())).isTrue();
    }
    for (String q : quotes) {
      int at = text.indexOf(q);
      assertThat(found.stream().anyMatch(f -> f.start() < at + q.length() && at < f.end()))
          .as("missed '%s'", q).isTrue();
    }
  }

  /** Splits a table cell of quotes separated by " ;; " (empty cell: none). */
  static String[] quotes(String cell) {
    return cell == null || cell.isBlank() ? new String[0] : cell.split(" ;; ");
  }
}

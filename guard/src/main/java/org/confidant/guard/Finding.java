package org.confidant.guard;

import java.util.Objects;

/**
 * One place where a text would break a rule.
 *
 * <p>Offsets are UTF-16 indices into the original text ({@link String} indices), end exclusive;
 * the CLI converts them to code points. A finding carries no copy of the text: callers that need
 * the flagged words take {@code text.substring(start, end)} themselves.
 *
 * @param rule the rule broken
 * @param kind the personal-info kind, or {@code null} for other rules
 * @param start first UTF-16 index of the span in the original text
 * @param end UTF-16 index just past the span
 * @param score confidence in [0, 1]
 * @param subject whose information it is
 * @param explanation plain-language reason that cites the rule; never contains the text itself
 * @param recognizer id of the recognizer that reported it, e.g. {@code "personal-info/phone"}
 */
public record Finding(
    Rule rule,
    Kind kind,
    int start,
    int end,
    double score,
    Subject subject,
    String explanation,
    String recognizer) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(recognizer, "recognizer");
    if ((rule == Rule.PERSONAL_INFO) != (kind != null)) {
      throw new IllegalArgumentException("a kind is required for personal-info and only for it");
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score out of [0, 1]: " + score);
    }
  }

  /** The rule id, with the kind for personal-info: {@code "personal-info/phone"}. */
  public String label() {
    return kind == null ? rule.id() : rule.id() + "/" + kind.id();
  }

  /** Whether this finding's span shares at least one character with {@code other}'s. */
  public boolean overlaps(Finding other) {
    return start < other.end && other.start < end;
  }
}

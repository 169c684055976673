package org.confidant.guard;

import java.util.Locale;

/**
 * What happens to a text because of a finding, from the least to the most restrictive.
 *
 * <p>The verdict's overall action is the most restrictive action of its findings, except that a
 * text with a {@link Rule#CRISIS} finding is never blocked (see {@link Verdict}).
 */
public enum Action {
  /** Send as written. */
  ALLOW,
  /** Send as written once the writer has seen the explanation. */
  WARN,
  /** Send with the flagged spans replaced by their kind. */
  REDACT,
  /** Do not send; give the text back to the writer to edit. */
  BLOCK;

  /** The lower-case identifier, e.g. {@code "block"}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses an identifier such as {@code "warn"}.
   *
   * @throws IllegalArgumentException naming the accepted values when {@code id} is not one
   */
  public static Action parse(String id) {
    for (Action a : values()) {
      if (a.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
        return a;
      }
    }
    throw new IllegalArgumentException(
        "unknown action '" + id + "'; expected one of allow, warn, redact, block");
  }

  /** The more restrictive of this action and {@code other}. */
  public Action max(Action other) {
    return compareTo(other) >= 0 ? this : other;
  }
}

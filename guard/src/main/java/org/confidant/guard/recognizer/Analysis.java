package org.confidant.guard.recognizer;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.confidant.guard.Channel;
import org.confidant.guard.Finding;
import org.confidant.guard.Kind;
import org.confidant.guard.Message;
import org.confidant.guard.Rule;
import org.confidant.guard.Subject;
import org.confidant.guard.text.NormalizedText;

/**
 * One message being checked: the message, its normalized text, and helpers that build findings
 * with offsets mapped back to the original text.
 *
 * <p>Created once per check and shared by every recognizer; not thread-safe, not retained.
 */
public final class Analysis {
  private final Message message;
  private final NormalizedText normalized;
  private final Map<Object, Object> shared = new HashMap<>();

  public Analysis(Message message, NormalizedText normalized) {
    this.message = Objects.requireNonNull(message);
    this.normalized = Objects.requireNonNull(normalized);
  }

  public Message message() {
    return message;
  }

  public Channel channel() {
    return message.channel();
  }

  /** The original text. */
  public String original() {
    return message.text();
  }

  /** The normalized text with its map back to the original. */
  public NormalizedText normalized() {
    return normalized;
  }

  /**
   * A value derived from this analysis, computed on first request and shared by every recognizer
   * of this check (word lists, people mentioned), so that work common to several rules runs once
   * per message. It lives and dies with the analysis: nothing is kept between checks.
   *
   * @param key identifies the value; use one constant per kind of value
   */
  @SuppressWarnings("unchecked")
  public <T> T shared(Object key, Function<Analysis, T> compute) {
    Object v = shared.get(key);
    if (v == null) {
      v = compute.apply(this);
      shared.put(key, v);
    }
    return (T) v;
  }

  /**
   * A finding over the normalized span {@code [start, end)}, mapped back to original offsets.
   *
   * @param kind the personal-info kind, or {@code null} for other rules
   */
  public Finding finding(Rule rule, Kind kind, int start, int end, double score, Subject subject,
      String explanation, String recognizer) {
    int[] span = normalized.toOriginal(start, end);
    return new Finding(rule, kind, span[0], span[1], score, subject, explanation, recognizer);
  }
}

package org.confidant.guard.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text after normalisation, with every normalized character mapped back to the stretch of the
 * original it came from.
 *
 * <p>Guarantees: {@link #lower()} has the same length as {@link #text()}; for every normalized
 * span {@code [s, e)} with {@code s < e}, {@code [originalStart(s), originalEnd(e))} is a non-empty
 * span inside the original text that covers the characters the span was made from.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  /** {@link #text} lower-cased, made on first use (intermediate passes never need it). */
  private String lower;
  private final int[] origStart;
  private final int[] origEnd;

  private NormalizedText(String original, String text, int[] origStart, int[] origEnd) {
    this.original = original;
    this.text = text;
    this.origStart = origStart;
    this.origEnd = origEnd;
  }

  /** The identity mapping of {@code original}: no change at all. */
  public static NormalizedText identity(String original) {
    Builder b = new Builder(original);
    b.appendOriginal(0, original.length());
    return b.build();
  }

  /** The text as the writer wrote it. */
  public String original() {
    return original;
  }

  /** The normalized text that recognizers read. */
  public String text() {
    return text;
  }

  /** {@link #text()} lower-cased character by character (same length, same offsets). */
  public String lower() {
    String l = lower;
    if (l == null) {
      // A benign race: every thread computes the same immutable string.
      char[] low = text.toCharArray();
      for (int i = 0; i < low.length; i++) {
        low[i] = Character.toLowerCase(low[i]);
      }
      l = new String(low);
      lower = l;
    }
    return l;
  }

  /** Length of the normalized text. */
  public int length() {
    return text.length();
  }

  /** The original index where the normalized character at {@code index} starts. */
  public int originalStart(int index) {
    if (index >= text.length()) {
      return original.length();
    }
    return origStart[index];
  }

  /** The original index just past the normalized characters before {@code endExclusive}. */
  public int originalEnd(int endExclusive) {
    if (endExclusive <= 0) {
      return 0;
    }
    return origEnd[Math.min(endExclusive, text.length()) - 1];
  }

  /**
   * Maps a span of this text onto the original text's offsets. Never returns an empty span for a
   * non-empty input span.
   */
  public int[] toOriginal(int start, int end) {
    int s = originalStart(start);
    int e = Math.max(s, originalEnd(end));
    return new int[] {s, e};
  }

  /**
   * Re-maps a text derived from this one through a further transformation.
   *
   * @param derived a text whose "original" is {@link #text()} of this one
   * @return the derived text mapped all the way back to this text's original
   */
  public NormalizedText then(NormalizedText derived) {
    if (!derived.original.equals(text)) {
      throw new IllegalArgumentException("derived text is not based on this text");
    }
    int n = derived.text.length();
    int[] s = new int[n];
    int[] e = new int[n];
    for (int i = 0; i < n; i++) {
      int ds = derived.origStart[i];
      int de = derived.origEnd[i];
      s[i] = ds < text.length() ? origStart[ds] : original.length();
      e[i] = de > 0 ? origEnd[Math.min(de, text.length()) - 1] : 0;
      if (e[i] < s[i]) {
        e[i] = s[i];
      }
    }
    return new NormalizedText(original, derived.text, s, e);
  }

  /**
   * Accumulates a normalized text left to right. Each append names the original stretch
   * {@code [from, to)} that the appended characters replace.
   */
  public static final class Builder {
    private final String original;
    private char[] out;
    private int len;
    private int[] starts;
    private int[] ends;
    /** Whether {@link #build} handed {@code starts} and {@code ends} out: copy before writing. */
    private boolean handedOut;

    public Builder(String original) {
      this.original = Objects.requireNonNull(original);
      int cap = Math.max(16, original.length());
      this.out = new char[cap];
      this.starts = new int[cap];
      this.ends = new int[cap];
    }

    /** Appends {@code original[from, to)} unchanged. */
    public Builder appendOriginal(int from, int to) {
      int count = to - from;
      if (count <= 0) {
        return this;
      }
      ensure(len + count);
      original.getChars(from, to, out, len);
      for (int i = from; i < to; i++) {
        starts[len] = i;
        ends[len] = i + 1;
        len++;
      }
      return this;
    }

    /** Appends {@code replacement}, every character of which stands for {@code original[from, to)}. */
    public Builder append(CharSequence replacement, int from, int to) {
      for (int i = 0; i < replacement.length(); i++) {
        put(replacement.charAt(i), from, to);
      }
      return this;
    }

    /** Appends one character standing for {@code original[from, to)}. */
    public Builder append(char c, int from, int to) {
      put(c, from, to);
      return this;
    }

    /** Number of normalized characters so far. */
    public int length() {
      return len;
    }

    /** The last normalized character appended, or 0 when none. */
    public char last() {
      return len == 0 ? 0 : out[len - 1];
    }

    private void ensure(int needed) {
      if (handedOut) {
        starts = starts.clone();
        ends = ends.clone();
        handedOut = false;
      }
      if (needed > starts.length) {
        int cap = Math.max(needed, starts.length * 2);
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
        out = Arrays.copyOf(out, cap);
      }
    }

    private void put(char c, int from, int to) {
      int n = len;
      if (n == starts.length || handedOut) {
        ensure(n + 1);
      }
      starts[n] = from;
      ends[n] = to;
      out[n] = c;
      len = n + 1;
    }

    public NormalizedText build() {
      int n = len;
      int[] s = n == starts.length ? starts : Arrays.copyOf(starts, n);
      int[] e = n == ends.length ? ends : Arrays.copyOf(ends, n);
      handedOut = s == starts;
      return new NormalizedText(original, new String(out, 0, n), s, e);
    }
  }
}

package org.confidant.guard.personal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into whitespace-separated tokens with surrounding punctuation trimmed, in one
 * pass. A token that is punctuation only (":", "-") is kept whole.
 */
final class Tokens {
  private static final String LEADING = "([{\"'¡¿<«“‘*_~";
  private static final String TRAILING = ".,;:!?)]}\"'>»”’…*~";

  private Tokens() {}

  /** The tokens of {@code text} as {start, end} pairs, in order. */
  static List<int[]> split(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && !Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      int e = i;
      if (e == s) {
        break;
      }
      int ts = s;
      int te = e;
      while (ts < te && LEADING.indexOf(text.charAt(ts)) >= 0) {
        ts++;
      }
      while (te > ts && TRAILING.indexOf(text.charAt(te - 1)) >= 0) {
        te--;
      }
      out.add(ts < te ? new int[] {ts, te} : new int[] {s, e});
    }
    return out;
  }

  /** Whether the character right after token {@code t} is a colon ("IG: jake"). */
  static boolean colonAfter(String text, int[] t) {
    return t[1] < text.length() && text.charAt(t[1]) == ':';
  }
}

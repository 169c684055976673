package org.confidant.guard.personal;

import java.util.Set;

/**
 * Looks for cue words and two-word phrases near a detail, within its sentence.
 *
 * <p>A word is a run of letters, digits, apostrophes and inner hyphens; a possessive "'s" is
 * dropped, so "intergroup's" matches the cue "intergroup". Cue sets hold lower-case words and
 * two-word phrases joined by one space ("central office"). Every method reads a bounded window
 * of the text, so a call costs at most a constant; none throws for any offsets.
 */
final class Cues {
  private Cues() {}

  /** An immutable set of cue words; repeats are allowed and collapse. */
  static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words));
  }

  /**
   * Start of the sentence holding {@code pos}, looking back at most {@code max} characters.
   * A sentence ends at a line break, '!', '?', ';', or a '.' followed by a space that does not
   * close a single-letter initial ("Walt E. said").
   */
  static int sentenceStart(String lower, int pos, int max) {
    int from = Math.max(0, pos - max);
    for (int i = Math.min(pos, lower.length()) - 1; i >= from; i--) {
      if (isBoundary(lower, i)) {
        return i + 1;
      }
    }
    return from;
  }

  /** End (exclusive) of the sentence holding {@code pos}, looking ahead at most {@code max}. */
  static int sentenceEnd(String lower, int pos, int max) {
    int to = Math.min(lower.length(), pos + max);
    for (int i = Math.max(0, pos); i < to; i++) {
      if (isBoundary(lower, i)) {
        return i;
      }
    }
    return to;
  }

  private static boolean isBoundary(String s, int i) {
    char c = s.charAt(i);
    if (c == '\n' || c == '!' || c == '?' || c == ';' || c == '\r') {
      return true;
    }
    if (c != '.' || i + 1 >= s.length() || !Character.isWhitespace(s.charAt(i + 1))) {
      return false;
    }
    // "E. " after a space is an initial, not the end of a sentence.
    boolean initial = i >= 1 && Character.isLetter(s.charAt(i - 1))
        && (i < 2 || !Character.isLetterOrDigit(s.charAt(i - 2)));
    return !initial;
  }

  /**
   * Start index of the last cue of {@code cues} that lies wholly inside {@code [from, to)}, or -1.
   */
  static int last(String lower, int from, int to, Set<String> cues) {
    int[] found = {-1};
    scan(lower, from, to, cues, found, false);
    return found[0];
  }

  /** Start index of the first cue of {@code cues} inside {@code [from, to)}, or -1. */
  static int first(String lower, int from, int to, Set<String> cues) {
    int[] found = {-1};
    scan(lower, from, to, cues, found, true);
    return found[0];
  }

  /** Whether any cue of {@code cues} lies inside {@code [from, to)}. */
  static boolean any(String lower, int from, int to, Set<String> cues) {
    return first(lower, from, to, cues) >= 0;
  }

  private static void scan(String lower, int from, int to, Set<String> cues, int[] found,
      boolean stopAtFirst) {
    from = Math.max(0, from);
    to = Math.min(lower.length(), to);
    String prev = null;
    int prevStart = -1;
    int i = from;
    while (i < to) {
      if (!isWordChar(lower, i)) {
        if (!Character.isWhitespace(lower.charAt(i)) && lower.charAt(i) != ','
            && lower.charAt(i) != ':') {
          prev = null; // a phrase does not span other punctuation
        }
        i++;
        continue;
      }
      int s = i;
      while (i < to && isWordChar(lower, i)) {
        i++;
      }
      int e = i;
      while (e > s && (lower.charAt(e - 1) == '-' || lower.charAt(e - 1) == '\'')) {
        e--;
      }
      if (e - s > 2 && (lower.startsWith("'s", e - 2) || lower.startsWith("’s", e - 2))) {
        e -= 2;
      }
      if (e <= s) {
        prev = null;
        continue;
      }
      String word = lower.substring(s, e);
      if (prev != null && cues.contains(prev + " " + word)) {
        found[0] = prevStart;
        if (stopAtFirst) {
          return;
        }
      } else if (cues.contains(word)) {
        found[0] = s;
        if (stopAtFirst) {
          return;
        }
      }
      prev = word;
      prevStart = s;
    }
  }

  private static boolean isWordChar(String s, int i) {
    char c = s.charAt(i);
    if (Character.isLetterOrDigit(c) || c == '\'' || c == '’') {
      return true;
    }
    return c == '-' && i > 0 && Character.isLetter(s.charAt(i - 1));
  }
}

package org.confidant.guard.personal;

import java.util.Set;

/**
 * Looks for cue words and two-word phrases near a detail, within its sentence.
 *
 * <p>An instance indexes one text for a few cue sets. A word is a run of letters, digits,
 * apostrophes and inner hyphens; a possessive "'s" is dropped, so "intergroup's" matches the cue
 * "intergroup". Cue sets hold lower-case words and
 * two-word phrases joined by one space ("central office"). The index is built in one linear
 * pass on first use; a query then costs a binary search plus the words of its window, so any
 * number of bounded-window queries stays linear overall. No method throws for any offsets.
 * Not thread-safe: make one per message.
 */
final class Cues {

  /** An immutable set of cue words; repeats are allowed and collapse. */
  static Set<String> words(String... words) {
    return org.confidant.guard.text.WordTable.of(words);
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

  private final String lower;
  private final Set<String>[] sets;
  private final Set<String> bigramHeads;
  private int count = -1;
  private int[] starts;
  private int[] ends;
  /** Per word: bit k set when the word alone is a cue of set k. */
  private int[] uni;
  /** Per word: bit k set when the previous word and this one form a cue of set k. */
  private int[] bi;

  /**
   * A cue index over {@code lower} for the given cue sets (at most 31). The text is split into
   * words once, on the first query; each query then reads only the words of its window.
   */
  @SafeVarargs
  Cues(String lower, Set<String>... sets) {
    this.lower = lower;
    this.sets = sets.clone();
    java.util.HashSet<String> heads = new java.util.HashSet<>();
    for (Set<String> set : sets) {
      for (String cue : set) {
        int space = cue.indexOf(' ');
        if (space > 0) {
          heads.add(cue.substring(0, space));
        }
      }
    }
    this.bigramHeads = heads;
  }

  /** The lower-cased text this index reads. */
  String lower() {
    return lower;
  }

  /** Start index of the last cue of {@code set} lying wholly inside {@code [from, to)}, or -1. */
  int last(int from, int to, Set<String> set) {
    int bit = bit(set);
    build();
    for (int w = lastWordEndingBy(to); w >= 0 && starts[w] >= from; w--) {
      if ((uni[w] & bit) != 0) {
        return starts[w];
      }
      if ((bi[w] & bit) != 0 && w > 0 && starts[w - 1] >= from) {
        return starts[w - 1];
      }
    }
    return -1;
  }

  /** Start index of the first cue of {@code set} lying wholly inside {@code [from, to)}, or -1. */
  int first(int from, int to, Set<String> set) {
    int bit = bit(set);
    build();
    for (int w = firstWordStartingAt(from); w < count && ends[w] <= to; w++) {
      if ((uni[w] & bit) != 0) {
        return starts[w];
      }
      if (w + 1 < count && (bi[w + 1] & bit) != 0 && ends[w + 1] <= to) {
        return starts[w];
      }
    }
    return -1;
  }

  /** Whether a cue of {@code set} lies wholly inside {@code [from, to)}. */
  boolean any(int from, int to, Set<String> set) {
    return first(from, to, set) >= 0;
  }

  private int bit(Set<String> set) {
    for (int k = 0; k < sets.length; k++) {
      if (sets[k] == set) {
        return 1 << k;
      }
    }
    throw new IllegalArgumentException("cue set not indexed");
  }

  private int lastWordEndingBy(int to) {
    int lo = 0;
    int hi = count - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= to) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return best;
  }

  private int firstWordStartingAt(int from) {
    int lo = 0;
    int hi = count;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private void build() {
    if (count >= 0) {
      return;
    }
    int n = lower.length();
    int cap = 16;
    starts = new int[cap];
    ends = new int[cap];
    uni = new int[cap];
    bi = new int[cap];
    count = 0;
    String prev = null;
    int i = 0;
    while (i < n) {
      if (!isWordChar(lower, i)) {
        char c = lower.charAt(i);
        if (!Character.isWhitespace(c) && c != ',' && c != ':') {
          prev = null; // a phrase does not span other punctuation
        }
        i++;
        continue;
      }
      int s = i;
      while (i < n && isWordChar(lower, i)) {
        i++;
      }
      int e = i;
      while (e > s && (lower.charAt(e - 1) == '-' || lower.charAt(e - 1) == '\'')) {
        e--;
      }
      if (e - s > 2 && (lower.startsWith("'s", e - 2) || lower.startsWith("’s", e - 2))) {
        e -= 2;
      }
      if (e <= s || e - s > 40) {
        prev = null;
        continue;
      }
      String word = lower.substring(s, e);
      int u = 0;
      int b = 0;
      String pair = prev != null && bigramHeads.contains(prev) ? prev + " " + word : null;
      for (int k = 0; k < sets.length; k++) {
        if (sets[k].contains(word)) {
          u |= 1 << k;
        }
        if (pair != null && sets[k].contains(pair)) {
          b |= 1 << k;
        }
      }
      if (count == starts.length) {
        cap = count * 2;
        starts = java.util.Arrays.copyOf(starts, cap);
        ends = java.util.Arrays.copyOf(ends, cap);
        uni = java.util.Arrays.copyOf(uni, cap);
        bi = java.util.Arrays.copyOf(bi, cap);
      }
      starts[count] = s;
      ends[count] = e;
      uni[count] = u;
      bi[count] = b;
      count++;
      prev = word;
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

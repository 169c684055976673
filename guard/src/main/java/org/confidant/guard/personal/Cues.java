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
  static org.confidant.guard.text.WordTable words(String... words) {
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

  /**
   * The cue sets one kind of query reads, compiled once into a table from each cue (word or
   * two-word phrase) to the sets holding it. Immutable and thread-safe: keep one per call site.
   */
  static final class Index {
    private final Set<String>[] sets;
    private final String[] keys;
    private final int[] hashes;
    private final int[] masks;
    private final int tableMask;

    @SafeVarargs
    Index(Set<String>... sets) {
      if (sets.length > 31) {
        throw new IllegalArgumentException("at most 31 cue sets");
      }
      this.sets = sets.clone();
      java.util.Map<String, Integer> all = new java.util.LinkedHashMap<>();
      for (int k = 0; k < sets.length; k++) {
        for (String cue : sets[k]) {
          all.merge(cue, 1 << k, (a, b) -> a | b);
        }
      }
      int cap = 16;
      while (cap < all.size() * 4) {
        cap <<= 1;
      }
      keys = new String[cap];
      hashes = new int[cap];
      masks = new int[cap];
      tableMask = cap - 1;
      for (java.util.Map.Entry<String, Integer> e : all.entrySet()) {
        int h = e.getKey().hashCode();
        int slot = mix(h) & tableMask;
        while (keys[slot] != null) {
          slot = (slot + 1) & tableMask;
        }
        keys[slot] = e.getKey();
        hashes[slot] = h;
        masks[slot] = e.getValue();
      }
    }

    private static int mix(int h) {
      h *= 0x9E3779B1;
      return h ^ (h >>> 15);
    }

    /** The sets holding the cue {@code lower[s, e)} as one bit each. */
    int word(String lower, int s, int e, int hash) {
      int len = e - s;
      for (int slot = mix(hash) & tableMask; keys[slot] != null; slot = (slot + 1) & tableMask) {
        String k = keys[slot];
        if (hashes[slot] == hash && k.length() == len && k.regionMatches(0, lower, s, len)) {
          return masks[slot];
        }
      }
      return 0;
    }

    /** The sets holding the phrase {@code lower[ps, pe) + " " + lower[s, e)}, as bits. */
    int pair(String lower, int ps, int pe, int s, int e, int hash) {
      int lp = pe - ps;
      int lw = e - s;
      for (int slot = mix(hash) & tableMask; keys[slot] != null; slot = (slot + 1) & tableMask) {
        String k = keys[slot];
        if (hashes[slot] == hash && k.length() == lp + 1 + lw && k.charAt(lp) == ' '
            && k.regionMatches(0, lower, ps, lp) && k.regionMatches(lp + 1, lower, s, lw)) {
          return masks[slot];
        }
      }
      return 0;
    }
  }

  /** 31 to the power n, for n up to 41 (overflowing like {@link String#hashCode()}). */
  private static final int[] POW31 = new int[42];

  static {
    POW31[0] = 1;
    for (int n = 1; n < POW31.length; n++) {
      POW31[n] = POW31[n - 1] * 31;
    }
  }

  private final String lower;
  private final Index index;
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
    this(lower, new Index(sets));
  }

  /** A cue index over {@code lower} for the sets of {@code index}, built on the first query. */
  Cues(String lower, Index index) {
    this.lower = lower;
    this.index = index;
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
    Set<String>[] sets = index.sets;
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
    // The previous word, when a phrase may span it and this one: its span and hash.
    int ps = -1;
    int pe = -1;
    int ph = 0;
    int i = 0;
    while (i < n) {
      if (!isWordChar(lower, i)) {
        char c = lower.charAt(i);
        if (!Character.isWhitespace(c) && c != ',' && c != ':') {
          ps = -1; // a phrase does not span other punctuation
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
        ps = -1;
        continue;
      }
      int h = 0;
      for (int p = s; p < e; p++) {
        h = 31 * h + lower.charAt(p);
      }
      int u = index.word(lower, s, e, h);
      int b = 0;
      if (ps >= 0) {
        int lw = e - s;
        b = index.pair(lower, ps, pe, s, e, ph * POW31[lw + 1] + ' ' * POW31[lw] + h);
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
      ps = s;
      pe = e;
      ph = h;
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

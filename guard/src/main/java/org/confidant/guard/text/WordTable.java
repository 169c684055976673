package org.confidant.guard.text;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An immutable set of words built for the recognizers' hot path: most lookups of words that are
 * not in the set are answered from the word's length and first character alone, without hashing;
 * the rest probe an open-addressing table that compares cached hashes before characters.
 *
 * <p>Behaves like {@code Set.copyOf} of the words (repeats collapse), except that
 * {@code contains(null)} and non-strings answer false instead of throwing. Iteration follows the
 * order the words were given. Immutable and thread-safe. {@link #containsRegion} looks up a region
 * of a text without cutting it out.
 */
public final class WordTable extends AbstractSet<String> {
  private final List<String> words;
  private final String[] keys;
  private final int[] hashes;
  private final int mask;
  /** Bit {@code n} set when some entry has length {@code n} (lengths 63 and up share bit 63). */
  private final long lengths;
  /** Bit {@code c} of word {@code c >> 6} set when some entry starts with char {@code c < 128}. */
  private final long firstLow;
  private final long firstHigh;
  /** Whether some entry starts with a character at or above 128. */
  private final boolean otherFirst;

  private WordTable(Collection<String> given) {
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (String w : given) {
      unique.add(java.util.Objects.requireNonNull(w));
    }
    this.words = List.copyOf(unique);
    int cap = 8;
    while (cap < unique.size() * 4) {
      cap <<= 1;
    }
    keys = new String[cap];
    hashes = new int[cap];
    mask = cap - 1;
    long lens = 0;
    long low = 0;
    long high = 0;
    boolean other = false;
    for (String w : unique) {
      int h = w.hashCode();
      int slot = mix(h) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = w;
      hashes[slot] = h;
      lens |= 1L << Math.min(63, w.length());
      if (!w.isEmpty()) {
        char c = w.charAt(0);
        if (c < 64) {
          low |= 1L << c;
        } else if (c < 128) {
          high |= 1L << (c - 64);
        } else {
          other = true;
        }
      }
    }
    lengths = lens;
    firstLow = low;
    firstHigh = high;
    otherFirst = other;
  }

  /** A table of {@code words}; repeats collapse. */
  public static WordTable of(String... words) {
    return new WordTable(Arrays.asList(words));
  }

  /** A table of {@code words}; repeats collapse. */
  public static WordTable copyOf(Collection<String> words) {
    return new WordTable(words);
  }

  private static int mix(int h) {
    h *= 0x9E3779B1;
    return h ^ (h >>> 15);
  }

  private boolean mayStartWith(char c) {
    if (c < 64) {
      return (firstLow & (1L << c)) != 0;
    }
    if (c < 128) {
      return (firstHigh & (1L << (c - 64))) != 0;
    }
    return otherFirst;
  }

  private boolean mayHaveLength(int n) {
    return (lengths & (1L << Math.min(63, n))) != 0;
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String s)) {
      return false;
    }
    int n = s.length();
    if (!mayHaveLength(n) || (n > 0 && !mayStartWith(s.charAt(0)))) {
      return false;
    }
    int h = s.hashCode();
    int slot = mix(h) & mask;
    while (true) {
      String k = keys[slot];
      if (k == null) {
        return false;
      }
      if (hashes[slot] == h && (k == s || k.equals(s))) {
        return true;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * Whether {@code text.substring(from, to)} is in the table, without cutting it out.
   *
   * @param hash the region's {@link String#hashCode()} as if cut out
   */
  public boolean containsRegion(String text, int from, int to, int hash) {
    return lookupRegion(text, from, to, hash) != null;
  }

  /** The entry equal to {@code text.substring(from, to)}, or null; {@code hash} as above. */
  public String lookupRegion(String text, int from, int to, int hash) {
    int n = to - from;
    if (n < 0 || !mayHaveLength(n) || (n > 0 && !mayStartWith(text.charAt(from)))) {
      return null;
    }
    int slot = mix(hash) & mask;
    while (true) {
      String k = keys[slot];
      if (k == null) {
        return null;
      }
      if (hashes[slot] == hash && k.length() == n && k.regionMatches(0, text, from, n)) {
        return k;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** {@link String#hashCode()} of {@code text.substring(from, to)}, computed in place. */
  public static int hash(String text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + text.charAt(i);
    }
    return h;
  }

  @Override
  public Iterator<String> iterator() {
    return Collections.unmodifiableList(words).iterator();
  }

  @Override
  public int size() {
    return words.size();
  }
}

package org.confidant.guard.personal;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * An immutable set of words with a cheap pre-filter: a lookup whose length or first character
 * matches no entry is answered without hashing the candidate. Otherwise a plain {@link HashSet}.
 * {@code contains(null)} and non-strings answer false.
 */
final class WordSet extends AbstractSet<String> {
  private final Set<String> words;
  /** Bit {@code n} set when some entry has length {@code n} (lengths 63 and up share bit 63). */
  private final long lengths;
  /** For first characters below 128: whether some entry starts with it. */
  private final boolean[] asciiFirst = new boolean[128];
  /** Whether some entry starts with a character at or above 128. */
  private final boolean otherFirst;

  private WordSet(Set<String> words) {
    this.words = words;
    long lens = 0;
    boolean other = false;
    for (String w : words) {
      lens |= 1L << Math.min(63, w.length());
      if (!w.isEmpty()) {
        char c = w.charAt(0);
        if (c < 128) {
          asciiFirst[c] = true;
        } else {
          other = true;
        }
      }
    }
    this.lengths = lens;
    this.otherFirst = other;
  }

  /** The set of the words; repeats collapse. */
  static Set<String> of(String... words) {
    return new WordSet(new HashSet<>(Arrays.asList(words)));
  }

  @Override
  public boolean contains(Object o) {
    if (!(o instanceof String s)) {
      return false;
    }
    int n = s.length();
    if ((lengths & (1L << Math.min(63, n))) == 0) {
      return false;
    }
    if (n > 0) {
      char c = s.charAt(0);
      if (c < 128 ? !asciiFirst[c] : !otherFirst) {
        return false;
      }
    }
    return words.contains(s);
  }

  @Override
  public Iterator<String> iterator() {
    return java.util.Collections.unmodifiableSet(words).iterator();
  }

  @Override
  public int size() {
    return words.size();
  }
}

package org.confidant.guard.names;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names that are not a private person's: public figures, brands and characters named like
 * people, and placeholder names used in instructions ("John Doe").
 *
 * <p>The list ships as {@code public-figures.txt} beside this class. Matching ignores case,
 * accents and punctuation, and works on whole words. Immutable and thread-safe.
 */
final class PublicFigures {
  /** The longest listed name, in words. */
  static final int MAX_WORDS = 5;

  private static final PublicFigures SHARED = new PublicFigures(NameWords.lines("public-figures.txt"));

  private final Set<String> names = new HashSet<>();
  private final Set<String> words = new HashSet<>();

  PublicFigures(List<String> lines) {
    for (String line : lines) {
      StringBuilder b = new StringBuilder();
      for (NameToken t : NameTokens.tokenize(line)) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(t.key());
        words.add(t.key());
      }
      if (b.indexOf(" ") > 0) {
        names.add(b.toString());
      }
    }
  }

  /** The shipped list. */
  static PublicFigures shared() {
    return SHARED;
  }

  /**
   * Whether some listed name of two or more words appears in {@code tokens} as a run of words
   * that overlaps the words {@code [from, to]}; looks at most {@link #MAX_WORDS} words around.
   */
  boolean covers(List<NameToken> tokens, int from, int to) {
    boolean any = false;
    for (int k = from; k <= to && !any; k++) {
      any = words.contains(tokens.get(k).key());
    }
    if (!any) {
      return false;
    }
    int lo = Math.max(0, from - MAX_WORDS + 1);
    int hi = Math.min(tokens.size() - 1, to + MAX_WORDS - 1);
    for (int s = lo; s <= to; s++) {
      StringBuilder b = new StringBuilder(tokens.get(s).key());
      for (int e = s + 1; e <= hi && e - s < MAX_WORDS; e++) {
        b.append(' ').append(tokens.get(e).key());
        if (e >= from && names.contains(b.toString())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether {@code name} (any case and spacing) is listed. */
  boolean contains(String name) {
    StringBuilder b = new StringBuilder();
    for (NameToken t : NameTokens.tokenize(name)) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(t.key());
    }
    return names.contains(b.toString());
  }
}

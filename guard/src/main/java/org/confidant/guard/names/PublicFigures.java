package org.confidant.guard.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
  /** The listed names of two or more words, as word keys, by their first word. */
  private final Map<String, List<String[]>> byFirst = new HashMap<>();
  /** One shared instance of each word of a listed name, compared by identity in covers. */
  private final Map<String, String> canon = new HashMap<>();
  private static final String[][] NONE = new String[0][];

  PublicFigures(List<String> lines) {
    for (String line : lines) {
      StringBuilder b = new StringBuilder();
      List<NameToken> toks = NameTokens.tokenize(line);
      if (toks.size() >= 2) {
        String[] keys = new String[toks.size()];
        for (int k = 0; k < keys.length; k++) {
          keys[k] = canon.computeIfAbsent(toks.get(k).key(), x -> x);
        }
        byFirst.computeIfAbsent(keys[0], x -> new ArrayList<>()).add(keys);
      }
      for (NameToken t : toks) {
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
      any = figureKey(tokens.get(k).word()) != null;
    }
    if (!any) {
      return false;
    }
    int lo = Math.max(0, from - MAX_WORDS + 1);
    int hi = Math.min(tokens.size() - 1, to + MAX_WORDS - 1);
    for (int s = lo; s <= to; s++) {
      Word w = tokens.get(s).word();
      String[][] starting = w.figureNames;
      if (starting == null) {
        List<String[]> l = byFirst.get(w.key);
        starting = l == null ? NONE : l.toArray(new String[0][]);
        w.figureNames = starting;
      }
      for (String[] name : starting) {
        int e = s + name.length - 1;
        if (name.length > MAX_WORDS || e > hi || e < from) {
          continue;
        }
        boolean match = true;
        for (int k = 1; k < name.length && match; k++) {
          match = figureKey(tokens.get(s + k).word()) == name[k];
        }
        if (match) {
          return true;
        }
      }
    }
    return false;
  }

  /** The shared instance of {@code w}'s key when a listed name has it, else {@code null}. */
  private String figureKey(Word w) {
    if (!w.figureLooked) {
      w.figureKey = canon.get(w.key);
      w.figureLooked = true;
    }
    return w.figureKey;
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

package org.confidant.guard.names;

import java.util.List;

/**
 * What the words around a possible name say about it: how common each word is as a given name
 * or surname, whether it is an everyday word, and whether the context announces a person.
 *
 * <p>Every method looks at a constant number of words, so a scan that calls them once per word
 * stays linear. Stateless apart from the immutable lexicon; thread-safe.
 */
final class NameEvidence {
  /** Surname count from which an everyday word ("Brown", "Young") is taken as a surname. */
  static final int COMMON_WORD_SURNAME = 50_000;
  /** Given-name count a lower-case first word needs. */
  static final int LOWER_GIVEN = 2_000;
  /** Surname count a lower-case last word needs when it has no other support. */
  static final int LOWER_SURNAME = 1_000;

  private final NameLexicon lexicon;

  NameEvidence(NameLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Births with this word as a given name; for "Mary-Kate", the larger of the parts. */
  int given(NameToken t) {
    Word w = t.word();
    int g = w.given;
    if (g < 0) {
      lookUp(w);
      g = w.given;
    }
    return g;
  }

  /** Fills both memos of {@code w}: one look-up for a word without a hyphen. */
  private void lookUp(Word w) {
    String k = w.key;
    if (k.indexOf('-') < 0) {
      long c = lexicon.counts(k);
      w.given = NameLexicon.givenOf(c);
      w.surname = NameLexicon.surnameOf(c);
    } else {
      w.given = givenOf(k);
      w.surname = surnameOf(k);
    }
  }

  private int givenOf(String k) {
    int dash = k.indexOf('-');
    if (dash < 0) {
      return lexicon.givenCount(k);
    }
    return Math.max(lexicon.givenCount(k.substring(0, dash)), lexicon.givenCount(k));
  }

  /** People with this surname; for "Smith-Jones" or "García-López", the larger of the parts. */
  int surname(NameToken t) {
    Word w = t.word();
    int s = w.surname;
    if (s < 0) {
      lookUp(w);
      s = w.surname;
    }
    return s;
  }

  private int surnameOf(String k) {
    int best = lexicon.surnameCount(k);
    int from = 0;
    while (k.indexOf('-', from) >= 0 || from > 0) {
      int dash = k.indexOf('-', from);
      String part = dash < 0 ? k.substring(from) : k.substring(from, dash);
      if (part.length() > 1) {
        best = Math.max(best, lexicon.surnameCount(part));
      }
      if (dash < 0) {
        break;
      }
      from = dash + 1;
    }
    return best;
  }

  static boolean common(NameToken t) {
    return t.is(Word.COMMON);
  }

  /** A short all-capitals word in no list: an acronym ("DUI", "ER"), not a name. */
  boolean acronym(NameToken t) {
    return t.allUpper() && t.length() <= 3 && surname(t) == 0 && given(t) == 0;
  }

  /** A word in neither name list nor the everyday words: a foreign or rare name, or noise. */
  boolean unknown(NameToken t) {
    return given(t) == 0 && surname(t) == 0 && !common(t) && !acronym(t)
        && t.length() >= 2 && t.key().charAt(0) != 0;
  }

  /** An unknown word that looks like a surname: accented letters or a typical ending. */
  boolean unknownShaped(NameToken t) {
    return unknown(t) && t.length() >= 3 && (t.nonAscii() || NameWords.surnameShaped(t.key()));
  }

  /** More common as a given name than as a surname ("Ellen", "Jake"). */
  boolean givenDominant(NameToken t) {
    return given(t) > 3L * surname(t);
  }

  /** A word that completes a full name after a first name, in a capitalised context. */
  boolean capitalisedSurname(NameToken t, boolean firstIsCommon) {
    if (t.length() < 2 || acronym(t)) {
      return false;
    }
    int s = surname(t);
    if (common(t)) {
      return !firstIsCommon && s >= COMMON_WORD_SURNAME
          || firstIsCommon && s >= 3 * COMMON_WORD_SURNAME;
    }
    if (s > 0) {
      return true;
    }
    return unknown(t) && (t.length() >= 3 || t.cap() && !t.allUpper())
        && !t.key().endsWith("ing");
  }

  /**
   * Whether the words {@code [first, last]} sit where a person is announced: after a cue word
   * ("thanks", "my sponsee", "con"), after a label colon or dash, alone on a line, or before a
   * cue verb ("... from the 6am group", "... said").
   */
  static boolean cued(List<NameToken> toks, int first, int last) {
    NameToken f = toks.get(first);
    if (f.has(NameToken.GAP_COLON) || f.has(NameToken.GAP_DASH)) {
      return true;
    }
    boolean lineStart = f.has(NameToken.GAP_LINE);
    NameToken after = last + 1 < toks.size() ? toks.get(last + 1) : null;
    if (lineStart && (after == null || after.has(NameToken.GAP_LINE))) {
      return true;
    }
    if (!lineStart && !f.has(NameToken.GAP_SENTENCE)) {
      for (int k = first - 1; k >= Math.max(0, first - 3); k--) {
        NameToken t = toks.get(k);
        if (t.is(Word.CUE_BEFORE)) {
          return true;
        }
        if (t.has(NameToken.GAP_SENTENCE) || t.has(NameToken.GAP_LINE)) {
          break;
        }
      }
    }
    return after != null && !after.has(NameToken.GAP_SENTENCE) && !after.has(NameToken.GAP_LINE)
        && after.is(Word.CUE_AFTER);
  }

  /** Words that introduce a name outright ("my name is", "dear", "mrs.", "user:"). */
  static final java.util.Set<String> NAMING = org.confidant.guard.text.WordTable.of("name", "named", "dear",
      "dr", "mr", "mrs", "ms", "mx", "miss", "prof", "user", "customer", "client", "attn",
      "llamo", "llama", "nombre", "sr", "sra", "srta");

  /**
   * Whether the words just before {@code first} introduce a name outright: "name is", "name:",
   * "named", "dear", an honorific, "user:", "me llamo", "se llama".
   */
  static boolean namedAfter(List<NameToken> toks, int first) {
    if (first < 1 || toks.get(first).has(NameToken.GAP_SENTENCE)) {
      return false;
    }
    String p1 = toks.get(first - 1).key();
    String p2 = first >= 2 ? toks.get(first - 2).key() : "";
    return toks.get(first - 1).is(Word.NAMING)
        || (p1.equals("is") || p1.equals("es")) && (p2.equals("name") || p2.equals("nombre"));
  }

  /**
   * Whether the words before {@code first} say the name is the writer's own ("my name is",
   * "I'm", "me llamo", "soy").
   */
  static boolean selfIntroduced(List<NameToken> toks, int first) {
    String p1 = first >= 1 ? toks.get(first - 1).key() : "";
    String p2 = first >= 2 ? toks.get(first - 2).key() : "";
    String p3 = first >= 3 ? toks.get(first - 3).key() : "";
    return p1.equals("im") || p1.equals("am") && p2.equals("i")
        || p1.equals("is") && p2.equals("name") && p3.equals("my")
        || p1.equals("name") && p2.equals("my")
        || p1.equals("llamo") && p2.equals("me") || p1.equals("soy")
        || p1.equals("es") && p2.equals("nombre") && p3.equals("mi");
  }

  /**
   * Whether the text is written in title case or capitals, so that capitals say little: at least
   * four everyday words of three letters or more, seven in ten of them capitalised.
   */
  static boolean titleCase(List<NameToken> toks) {
    int words = 0;
    int caps = 0;
    for (NameToken t : toks) {
      if (t.length() >= 3 && common(t)) {
        words++;
        if (t.cap()) {
          caps++;
        }
      }
    }
    return words >= 4 && caps * 10 >= words * 7;
  }
}

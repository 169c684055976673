package org.confidant.guard.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reduces a text to its content terms, the units share fingerprints are made of.
 *
 * <p>Words are lower-cased, accents folded, contractions cut at the apostrophe, number words
 * turned into digits, a few irregular verbs and family words mapped to one form, and English or
 * Spanish suffixes stripped (a crude stemmer: both sides of a comparison go through the same
 * steps, so consistency matters more than linguistics). Stop words (pronouns, articles,
 * auxiliaries, fillers, reporting verbs, and recovery talk too common to identify a share:
 * "sober", "years", "meeting", "tonight") are dropped, so "he's been taking his wife's Percocet" and "I've been
 * taking my wife's Percocet" give the same terms. The language (English or Spanish) is guessed
 * once per text from its function words. Linear in the text's length; never throws.
 */
final class Terms {
  /** A content term and the span of the word it came from. */
  record Term(String term, int start, int end) {}

  private Terms() {}

  /** The content terms of {@code s}, in text order. */
  static List<Term> of(String s) {
    Seq seq = of(new Tokens(s));
    List<Term> out = new ArrayList<>(seq.size);
    for (int i = 0; i < seq.size; i++) {
      out.add(new Term(seq.term[i], seq.start[i], seq.end[i]));
    }
    return out;
  }

  /**
   * The content terms of a tokenized text, in text order, as parallel arrays.
   *
   * @param term the term
   * @param start first char of the word it came from
   * @param end char just past that word
   * @param word the word's distinct-word id in its {@link Tokens}
   * @param size number of terms
   */
  record Seq(String[] term, int[] start, int[] end, int[] word, int size) {}

  /** The content terms of {@code t}, in text order; the language is guessed from all its words. */
  static Seq of(Tokens t) {
    WordMemo memo = t.words;
    int es = 0;
    int en = 0;
    for (int i = 0; i < t.size; i++) {
      byte f = memo.flags[t.id[i]];
      if ((f & WordMemo.SPANISH_CUE) != 0) {
        es++;
      } else if ((f & WordMemo.ENGLISH_CUE) != 0) {
        en++;
      }
    }
    // term() depends only on the word and the language: each distinct word is reduced once.
    String[] byWord = memo.englishTerm;
    if (es > en) {
      byWord = new String[memo.count];
      for (int w = 0; w < memo.count; w++) {
        byWord[w] = memo.spanishTerm(w);
      }
    }
    String[] term = new String[t.size];
    int[] start = new int[t.size];
    int[] end = new int[t.size];
    int[] word = new int[t.size];
    int n = 0;
    for (int i = 0; i < t.size; i++) {
      String x = byWord[t.id[i]];
      if (x != null) {
        term[n] = x;
        start[n] = t.start[i];
        end[n] = t.end[i];
        word[n] = t.id[i];
        n++;
      }
    }
    return new Seq(term, start, end, word, n);
  }

  /** The term for one lower-cased word, or {@code null} for a stop word. */
  static String term(String word, boolean spanish) {
    return term(word, spanish, false);
  }

  /**
   * {@link #term(String, boolean)}, told whether {@code word} itself is known to be neither a
   * stop word nor a mapped form ({@code unlisted}), which spares looking it up again.
   */
  static String term(String word, boolean spanish, boolean unlisted) {
    String w = word;
    int apos = apostrophe(w);
    if (apos >= 0) {
      if (w.endsWith("n't") || w.endsWith("n’t")) {
        return null; // negated auxiliaries: didn't, won't, can't
      }
      w = w.substring(0, apos);
    }
    boolean listed = !unlisted || w != word;
    if (w.isEmpty() || (listed && Lexicon.STOP.contains(w))) {
      return null;
    }
    String mapped = listed ? Lexicon.MAP.get(w) : null;
    if (mapped != null) {
      return mapped;
    }
    String folded = fold(w);
    if (folded != w) { // an unchanged word was looked up just above
      w = folded;
      if (Lexicon.STOP.contains(w)) {
        return null;
      }
      mapped = Lexicon.MAP.get(w);
      if (mapped != null) {
        return mapped;
      }
    }
    if (Character.isDigit(w.charAt(0))) {
      return w;
    }
    return spanish ? stemSpanish(w) : stemEnglish(w);
  }

  static String stemEnglish(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ies")) {
      w = w.substring(0, n - 3) + "y";
    } else if (n > 3 && w.endsWith("es") && "sxzh".indexOf(w.charAt(n - 3)) >= 0) {
      w = w.substring(0, n - 2);
    } else if (n > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
        && !w.endsWith("is")) {
      w = w.substring(0, n - 1);
    }
    n = w.length();
    if (n > 4 && w.endsWith("ing") && hasVowel(w, n - 3)) {
      w = undouble(w.substring(0, n - 3));
    } else if (n > 4 && w.endsWith("ied")) {
      w = w.substring(0, n - 3) + "y";
    } else if (n > 3 && w.endsWith("ed") && hasVowel(w, n - 2)) {
      w = undouble(w.substring(0, n - 2));
    }
    if (w.length() > 3 && w.endsWith("e") && !w.endsWith("ee")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 4 && w.endsWith("ly")) {
      w = w.substring(0, w.length() - 2);
    }
    return w;
  }

  /** Whether {@code w[0, end)} is at least three letters with a vowel (a stem worth keeping). */
  private static boolean hasVowel(String w, int end) {
    if (end < 3) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static final String[] ES_SUFFIXES = {
      "andome", "andose", "andote", "iendome", "iendose", "iendote", "arme", "arse", "erme",
      "erse", "irme", "irse", "ieron", "aron", "aban", "ando", "iendo", "amos", "ados", "adas", "idos", "idas", "aba",
      "ado", "ada", "ido", "ida", "ar", "er", "ir", "as", "es", "os", "ia", "a", "e", "o", "i",
      "s"};

  static String stemSpanish(String w) {
    for (String suffix : ES_SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 3) {
        w = w.substring(0, w.length() - suffix.length());
        break;
      }
    }
    if (w.endsWith("gu") || w.endsWith("qu")) {
      w = w.substring(0, w.length() - 2) + (w.endsWith("gu") ? "g" : "c");
    } else if (w.endsWith("z")) {
      w = w.substring(0, w.length() - 1) + "c";
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0
        && !isVowel(w.charAt(n - 1))) {
      return w.substring(0, n - 1);
    }
    return w;
  }

  private static boolean isVowel(char c) {
    return "aeiou".indexOf(c) >= 0;
  }

  private static int apostrophe(String w) {
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '\'' || c == '’') {
        return i;
      }
    }
    return -1;
  }

  /** Folds Latin accents (á → a, ñ → n) without touching other scripts. */
  static String fold(String w) {
    StringBuilder b = null;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char f = foldChar(c);
      if (f != c && b == null) {
        b = new StringBuilder(w.length());
        b.append(w, 0, i);
      }
      if (b != null) {
        b.append(f);
      }
    }
    return b == null ? w : b.toString();
  }

  private static final String ACCENTED = "áàâäãåéèêëíìîïóòôöõúùûüñçý";
  private static final String PLAIN = "aaaaaaeeeeiiiiooooouuuuncy";

  private static char foldChar(char c) {
    if (c < '\u00C0') { // every accented letter above lies in U+00C0..U+00FF
      return c;
    }
    int k = ACCENTED.indexOf(c);
    return k < 0 ? c : PLAIN.charAt(k);
  }
}

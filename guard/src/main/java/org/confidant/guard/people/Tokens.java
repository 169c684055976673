package org.confidant.guard.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A text cut once into words, sentences and clauses, for the people, cases and disclosure
 * recognizers.
 *
 * <p>Words are runs of letters, digits and underscores, joined across an inner apostrophe or
 * hyphen ("he's", "al-anon") and across dots, slashes, colons and at-signs with no space around
 * them (so links, handles and emails stay one word). A dot after an initial or a common
 * abbreviation ("Jake T.", "St.") does not end a sentence. Linear in the text's length; never
 * throws.
 */
public final class Tokens {
  private static final Set<String> ABBREVIATIONS = Words.set(
      "st", "dr", "mr", "mrs", "ms", "jr", "sr", "sra", "srta", "vs", "etc", "mt", "no", "dra",
      "ft", "lt", "sgt", "prof", "approx", "e.g", "i.e");

  private final String text;
  private final List<Token> tokens;
  private final int sentences;

  private Tokens(String text, List<Token> tokens, int sentences) {
    this.text = text;
    this.tokens = tokens;
    this.sentences = sentences;
  }

  /** Tokenizes {@code text} (normally {@code analysis.normalized().text()}). */
  public static Tokens of(String text) {
    List<Token> out = new ArrayList<>();
    int n = text.length();
    int sentence = 0;
    int clause = 0;
    boolean quoted = false;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isWordStart(text, i)) {
        int start = i;
        i++;
        while (i < n) {
          char d = text.charAt(i);
          if (isWord(d)) {
            i++;
          } else if ((d == '\'' || d == '\u2019') && i + 1 < n
              && Character.isLetter(text.charAt(i + 1))) {
            i++;
          } else if ((d == '-' || d == '.' || d == '/' || d == '@' || d == ':')
              && i + 1 < n && isWord(text.charAt(i + 1)) && isWord(text.charAt(i - 1))
              && !(d == ':' && Character.isLetter(text.charAt(i - 1))
                  && Character.isLetter(text.charAt(i + 1)))) {
            i++;
          } else {
            break;
          }
        }
        String raw = text.substring(start, i);
        boolean cap = Character.isUpperCase(raw.codePointAt(0))
            || (raw.charAt(0) == '@' && raw.length() > 1 && Character.isUpperCase(raw.charAt(1)));
        boolean upper = isAllUpper(raw);
        boolean commaAfter = i < n && (text.charAt(i) == ',');
        out.add(new Token(start, i, key(raw), cap, upper, sentence, clause, commaAfter, quoted));
        continue;
      }
      switch (c) {
        case '.' -> {
          if (!out.isEmpty() && out.get(out.size() - 1).end() == i
              && isAbbreviation(out.get(out.size() - 1))) {
            break;
          }
          sentence++;
          clause++;
        }
        case '!', '?', ';', '\n', '\u2026', '\u3002' -> {
          sentence++;
          clause++;
        }
        case ',', ':' -> clause++;
        case '"' -> quoted = !quoted;
        case '\u201C', '\u00AB' -> quoted = true;
        case '\u201D', '\u00BB' -> quoted = false;
        default -> { }
      }
      i++;
    }
    return new Tokens(text, Collections.unmodifiableList(out), sentence + 1);
  }

  private static boolean isAbbreviation(Token t) {
    String k = t.key();
    return (k.length() == 1 && Character.isLetter(k.charAt(0)) && t.capitalized())
        || ABBREVIATIONS.contains(k);
  }

  private static boolean isWordStart(String text, int i) {
    char c = text.charAt(i);
    if (isWord(c)) {
      return true;
    }
    return c == '@' && i + 1 < text.length() && isWord(text.charAt(i + 1));
  }

  static boolean isWord(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isAllUpper(String raw) {
    boolean any = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      any |= Character.isUpperCase(c);
    }
    return any;
  }

  /** Lower-cases, removes accents and straightens apostrophes; linear in the word. */
  public static String key(String raw) {
    StringBuilder b = new StringBuilder(raw.length());
    boolean ascii = true;
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    String s = ascii ? raw : java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFD);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\u2019') {
        b.append('\'');
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /** The text the words were cut from. */
  public String text() {
    return text;
  }

  /** The words in text order. */
  public List<Token> list() {
    return tokens;
  }

  /** Number of words. */
  public int size() {
    return tokens.size();
  }

  /** The word at {@code i}. */
  public Token get(int i) {
    return tokens.get(i);
  }

  /** The key of the word at {@code i}, or "" when {@code i} is out of range. */
  public String key(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i).key() : "";
  }

  /** Number of sentences. */
  public int sentences() {
    return sentences;
  }

  /** Whether words {@code a} and {@code b} are in the same sentence. */
  public boolean sameSentence(int a, int b) {
    return a >= 0 && b >= 0 && a < size() && b < size()
        && tokens.get(a).sentence() == tokens.get(b).sentence();
  }

  /** Whether word {@code i} is the first of its sentence. */
  public boolean sentenceStart(int i) {
    return i == 0 || tokens.get(i - 1).sentence() != tokens.get(i).sentence();
  }

  /** Index of the first word of the sentence holding word {@code i}, looking back at most 80. */
  public int sentenceFirst(int i) {
    int s = tokens.get(i).sentence();
    int j = i;
    while (j > 0 && i - j < 80 && tokens.get(j - 1).sentence() == s) {
      j--;
    }
    return j;
  }

  /** Index of the last word of the sentence holding word {@code i}, looking ahead at most 80. */
  public int sentenceLast(int i) {
    int s = tokens.get(i).sentence();
    int j = i;
    while (j + 1 < size() && j - i < 80 && tokens.get(j + 1).sentence() == s) {
      j++;
    }
    return j;
  }

  /** Index of the last word of the clause holding word {@code i}, looking ahead at most 40. */
  public int clauseLast(int i) {
    int c = tokens.get(i).clause();
    int j = i;
    while (j + 1 < size() && j - i < 40 && tokens.get(j + 1).clause() == c) {
      j++;
    }
    return j;
  }
}

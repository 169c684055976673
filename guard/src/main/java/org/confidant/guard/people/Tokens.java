package org.confidant.guard.people;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

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
  private static final org.confidant.guard.text.WordTable ABBREVIATIONS =
      org.confidant.guard.text.WordTable.of(
      "st", "dr", "mr", "mrs", "ms", "jr", "sr", "sra", "srta", "vs", "etc", "mt", "no", "dra",
      "ft", "lt", "sgt", "prof", "approx", "e.g", "i.e");

  private static final Object SHARED = new Object();

  private final String text;
  private final List<Token> tokens;
  private final Token[] array;
  private final int size;
  private final int sentences;
  /** Per word: its sentence index, the first and last word of its sentence, last of its clause. */
  private final int[] sentenceOf;
  private final int[] sentenceFrom;
  private final int[] sentenceTo;
  private final int[] clauseTo;

  /** Per word: the index of its distinct key (see {@link #word}). */
  private final int[] wordOf;
  /** Per distinct key: the key, its base, and the people lists holding each. */
  private final String[] keyOf;
  private final String[] baseOf;
  /**
   * Per distinct key: at {@code 2w} the {@link WordBits} of the key, at {@code 2w + 1} those of
   * its base; found on first use (only the people finder needs them), then shared.
   */
  private volatile long[] bits;
  private final int[] keyHash;

  private Tokens(String text, List<Token> list, int sentences, int[] wordOf, KeyTable keys) {
    this.text = text;
    this.array = list.toArray(new Token[0]);
    this.tokens = Collections.unmodifiableList(Arrays.asList(array));
    this.size = array.length;
    this.sentences = sentences;
    this.sentenceOf = new int[size];
    this.sentenceFrom = new int[size];
    this.sentenceTo = new int[size];
    this.clauseTo = new int[size];
    this.wordOf = wordOf.length == size ? wordOf : Arrays.copyOf(wordOf, size);
    for (int i = 0; i < size; i++) {
      sentenceOf[i] = array[i].sentence();
      sentenceFrom[i] = i > 0 && sentenceOf[i - 1] == sentenceOf[i] ? sentenceFrom[i - 1] : i;
    }
    for (int i = size - 1; i >= 0; i--) {
      sentenceTo[i] = i + 1 < size && sentenceOf[i + 1] == sentenceOf[i] ? sentenceTo[i + 1] : i;
      clauseTo[i] = i + 1 < size && array[i + 1].clause() == array[i].clause()
          ? clauseTo[i + 1] : i;
    }
    int distinct = keys.count;
    this.keyOf = Arrays.copyOf(keys.words, distinct);
    this.keyHash = keys.hashOf;
    this.baseOf = new String[distinct];
    for (int w = 0; w < distinct; w++) {
      String k = keyOf[w];
      String b = baseOf(k);
      baseOf[w] = b;
    }
  }

  /** {@link Token#base()} of a key: the key without a trailing possessive 's or '. */
  private static String baseOf(String key) {
    if (key.endsWith("'s") && key.length() > 2) {
      return key.substring(0, key.length() - 2);
    }
    if (key.endsWith("'") && key.length() > 1) {
      return key.substring(0, key.length() - 1);
    }
    return key;
  }

  /** Tokenizes {@code text} (normally {@code analysis.normalized().text()}). */
  public static Tokens of(String text) {
    return cut(text);
  }

  /** The words of the analysis's normalized text, cut once per check and shared. */
  public static Tokens of(org.confidant.guard.recognizer.Analysis analysis) {
    return analysis.shared(SHARED, a -> cut(a.normalized().text()));
  }

  private static Tokens cut(String text) {
    char[] a = text.toCharArray();
    List<Token> out = new ArrayList<>(Math.max(16, a.length / 6));
    KeyTable keys = new KeyTable();
    int[] wordOf = new int[Math.max(16, a.length / 4)];
    int n = text.length();
    int sentence = 0;
    int clause = 0;
    boolean quoted = false;
    int i = 0;
    while (i < n) {
      char c = a[i];
      if (isWordStart(a, i)) {
        int start = i;
        // ASCII words (the usual case): key hash, capital and all-capitals found while the word
        // is scanned, and the key shared by every occurrence of the same word, without cutting
        // the word out first.
        int hash = 0;
        boolean ascii = true;
        boolean anyUpper = false;
        boolean anyLower = false;
        while (true) {
          char ch = a[i];
          if (ch >= 0x80) {
            ascii = false;
          } else if (ascii) {
            if (ch >= 'A' && ch <= 'Z') {
              anyUpper = true;
              ch = (char) (ch + ('a' - 'A'));
            } else if (ch >= 'a' && ch <= 'z') {
              anyLower = true;
            }
            hash = 31 * hash + ch;
          }
          i++;
          if (i >= n) {
            break;
          }
          char d = a[i];
          if (isWord(d)) {
            continue;
          } else if ((d == '\'' || d == '\u2019') && i + 1 < n
              && Character.isLetter(a[i + 1])) {
            continue;
          } else if ((d == '-' || d == '.' || d == '/' || d == '@' || d == ':')
              && i + 1 < n && isWord(a[i + 1]) && isWord(a[i - 1])
              && !(d == ':' && Character.isLetter(a[i - 1])
                  && Character.isLetter(a[i + 1]))) {
            continue;
          }
          break;
        }
        boolean commaAfter = i < n && (a[i] == ',');
        if (ascii) {
          char c0 = a[start];
          boolean cap = (c0 >= 'A' && c0 <= 'Z') || (c0 == '@' && i - start > 1
              && a[start + 1] >= 'A' && a[start + 1] <= 'Z');
          int w = keys.get(a, start, i, hash);
          if (out.size() == wordOf.length) {
            wordOf = Arrays.copyOf(wordOf, wordOf.length * 2);
          }
          wordOf[out.size()] = w;
          out.add(new Token(start, i, keys.words[w], cap, anyUpper && !anyLower,
              sentence, clause, commaAfter, quoted));
          continue;
        }
        String raw = text.substring(start, i);
        boolean cap = Character.isUpperCase(raw.codePointAt(0))
            || (raw.charAt(0) == '@' && raw.length() > 1 && Character.isUpperCase(raw.charAt(1)));
        boolean upper = isAllUpper(raw);
        int w = keys.intern(key(raw));
        if (out.size() == wordOf.length) {
          wordOf = Arrays.copyOf(wordOf, wordOf.length * 2);
        }
        wordOf[out.size()] = w;
        out.add(new Token(start, i, keys.words[w], cap, upper, sentence, clause, commaAfter,
            quoted));
        continue;
      }
      switch (c) {
        case '.' -> {
          if (!out.isEmpty() && out.get(out.size() - 1).end() == i
              && isAbbreviation(out.get(out.size() - 1),
                  keys.hashOf[wordOf[out.size() - 1]])) {
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
    return new Tokens(text, out, sentence + 1, wordOf, keys);
  }

  private static boolean isAbbreviation(Token t, int hash) {
    String k = t.key();
    return (k.length() == 1 && Character.isLetter(k.charAt(0)) && t.capitalized())
        || ABBREVIATIONS.containsRegion(k, 0, k.length(), hash);
  }

  private static boolean isWordStart(char[] text, int i) {
    char c = text[i];
    if (isWord(c)) {
      return true;
    }
    return c == '@' && i + 1 < text.length && isWord(text[i + 1]);
  }

  static boolean isWord(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
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
    boolean ascii = true;
    boolean upper = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      upper |= c >= 'A' && c <= 'Z';
    }
    if (ascii) {
      if (!upper) {
        return raw; // nothing to lower-case, no accents, no curly apostrophes
      }
      char[] lower = new char[raw.length()];
      for (int i = 0; i < lower.length; i++) {
        char c = raw.charAt(i);
        lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      }
      return new String(lower);
    }
    StringBuilder b = new StringBuilder(raw.length());
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
    return size;
  }

  /** The word at {@code i}. */
  public Token get(int i) {
    return array[i];
  }

  /** The key of the word at {@code i}, or "" when {@code i} is out of range. */
  public String key(int i) {
    return i >= 0 && i < size ? array[i].key() : "";
  }

  /**
   * The index of word {@code i}'s key among the text's distinct keys (equal keys, equal
   * indexes), or -1 when {@code i} is out of range.
   */
  int word(int i) {
    return i >= 0 && i < size ? wordOf[i] : -1;
  }

  /** Number of distinct keys. */
  int words() {
    return keyOf.length;
  }

  /** {@link String#hashCode()} of the distinct key {@code w}, without computing it again. */
  int hashOfWord(int w) {
    return keyHash[w];
  }

  /** The base of the distinct key {@code w} (see {@link #word}). */
  String baseOfWord(int w) {
    return baseOf[w];
  }

  /** {@link Token#base()} of word {@code i}, or "" when {@code i} is out of range. */
  String base(int i) {
    return i >= 0 && i < size ? baseOf[wordOf[i]] : "";
  }

  /** The word-list bits of every distinct key and base, looked up on first use. */
  private long[] bits() {
    long[] b = bits;
    if (b == null) {
      int distinct = keyOf.length;
      b = new long[2 * distinct];
      for (int w = 0; w < distinct; w++) {
        String k = keyOf[w];
        long kb = WordBits.of(k, keyHash[w]);
        b[2 * w] = kb;
        b[2 * w + 1] = baseOf[w] == k ? kb : WordBits.of(baseOf[w]);
      }
      bits = b; // the same values whichever thread gets here first
    }
    return b;
  }

  /** The {@link WordBits} of word {@code i}'s key ({@code key(i)}). */
  long bits(int i) {
    return i >= 0 && i < size ? bits()[2 * wordOf[i]] : WordBits.EMPTY;
  }

  /** The {@link WordBits} of word {@code i}'s base ({@code base(i)}). */
  long baseBits(int i) {
    return i >= 0 && i < size ? bits()[2 * wordOf[i] + 1] : WordBits.EMPTY;
  }

  /** Number of sentences. */
  public int sentences() {
    return sentences;
  }

  /** Whether words {@code a} and {@code b} are in the same sentence. */
  public boolean sameSentence(int a, int b) {
    return a >= 0 && b >= 0 && a < size && b < size && sentenceOf[a] == sentenceOf[b];
  }

  /** Whether word {@code i} is the first of its sentence. */
  public boolean sentenceStart(int i) {
    return i == 0 || sentenceOf[i - 1] != sentenceOf[i];
  }

  /** Index of the first word of the sentence holding word {@code i}, looking back at most 80. */
  public int sentenceFirst(int i) {
    return Math.max(sentenceFrom[i], i - 80);
  }

  /** Index of the last word of the sentence holding word {@code i}, looking ahead at most 80. */
  public int sentenceLast(int i) {
    return Math.min(sentenceTo[i], i + 80);
  }

  /** Index of the last word of the clause holding word {@code i}, looking ahead at most 40. */
  public int clauseLast(int i) {
    return Math.min(clauseTo[i], i + 40);
  }
}

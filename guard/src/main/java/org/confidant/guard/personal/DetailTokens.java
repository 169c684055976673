package org.confidant.guard.personal;

import java.util.Arrays;

/**
 * A text cut into words, numbers, mixed letter-digit tokens and single punctuation marks, for the
 * address, id-number and birth-date scanners.
 *
 * <p>Built in one left-to-right pass (linear time, never throws); offsets are those of the text
 * it was built from. Apostrophes between letters stay inside a word ("ellen's"); every other
 * non-space character that is not a letter or digit is a punctuation token of its own.
 */
final class DetailTokens {
  static final byte WORD = 1;
  static final byte NUM = 2;
  static final byte MIXED = 3;
  static final byte PUNCT = 4;

  private final String text;
  private final String lower;
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  private byte[] types = new byte[64];
  private int size;
  private String[] lowered;
  /** Per token: {@link String#hashCode()} of its lower-cased text, once {@link #hashed} says so. */
  private int[] hashes;
  private boolean[] hashed;

  /** Classes of ASCII characters, as the {@link Character} methods used below define them. */
  private static final byte OTHER = 0;
  private static final byte SPACE = 1;
  private static final byte LETTER = 2;
  private static final byte DIGIT = 3;
  private static final byte[] ASCII = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        ASCII[c] = SPACE;
      } else if (Character.isLetter(c)) {
        ASCII[c] = LETTER;
      } else if (Character.isDigit(c)) {
        ASCII[c] = DIGIT;
      } else if (Character.isLetterOrDigit(c)
          || Character.getType(c) == Character.NON_SPACING_MARK) {
        throw new AssertionError("unexpected ASCII class: " + (int) c);
      } else {
        ASCII[c] = OTHER;
      }
    }
  }

  private DetailTokens(String text, String lower) {
    this.text = text;
    this.lower = lower;
  }

  /** Key of the one token list per message that the address, id and birth-date scanners share. */
  private static final Object SHARED = new Object();

  /**
   * The tokens of the analysis's normalized text, built once per message and shared by every
   * recognizer of this package that asks (the list is read-only apart from its lower-case cache).
   */
  static DetailTokens of(org.confidant.guard.recognizer.Analysis analysis) {
    return analysis.shared(SHARED,
        a -> of(a.normalized().text(), a.normalized().lower()));
  }

  /** Tokens of {@code text}; {@code lower} is the same text lower-cased (same offsets). */
  static DetailTokens of(String text, String lower) {
    DetailTokens t = new DetailTokens(text, lower);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c < 128 ? ASCII[c] == SPACE : Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      if (c < 128 ? ASCII[c] == LETTER || ASCII[c] == DIGIT : Character.isLetterOrDigit(c)) {
        int s = i;
        boolean letters = false;
        boolean digits = false;
        while (i < n) {
          char d = text.charAt(i);
          if (d < 128) {
            byte k = ASCII[d];
            if (k == LETTER || k == DIGIT) {
              letters |= k == LETTER;
              digits |= k == DIGIT;
              i++;
              continue;
            }
          }
          if (d >= 128 && (Character.isLetterOrDigit(d)
              || Character.getType(d) == Character.NON_SPACING_MARK)) {
            letters |= Character.isLetter(d);
            digits |= Character.isDigit(d);
            i++;
          } else if ((d == '\'' || d == '\u2019') && i + 1 < n && i > s
              && Character.isLetter(text.charAt(i + 1)) && Character.isLetter(text.charAt(i - 1))) {
            i++;
          } else {
            break;
          }
        }
        t.add(s, i, letters && digits ? MIXED : digits ? NUM : WORD);
      } else {
        int len = Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1;
        t.add(i, i + len, PUNCT);
        i += len;
      }
    }
    return t;
  }

  private void add(int s, int e, byte type) {
    if (size == starts.length) {
      starts = Arrays.copyOf(starts, size * 2);
      ends = Arrays.copyOf(ends, size * 2);
      types = Arrays.copyOf(types, size * 2);
    }
    starts[size] = s;
    ends[size] = e;
    types[size] = type;
    size++;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  byte type(int i) {
    return types[i];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && types[i] == WORD;
  }

  boolean isNum(int i) {
    return i >= 0 && i < size && types[i] == NUM;
  }

  boolean isMixed(int i) {
    return i >= 0 && i < size && types[i] == MIXED;
  }

  /** Whether some token holds a digit (a number or a mixed letter-digit token). */
  boolean anyDigits() {
    for (int i = 0; i < size; i++) {
      if (types[i] == NUM || types[i] == MIXED) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} exists and is the single punctuation character {@code c}. */
  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && types[i] == PUNCT && text.charAt(starts[i]) == c;
  }

  /** The lower-cased text the tokens index (same offsets as the text). */
  String lower() {
    return lower;
  }

  /** Token {@code i} lower-cased; empty when out of range. Cached: each token is cut once. */
  String low(int i) {
    if (i < 0 || i >= size) {
      return "";
    }
    if (lowered == null) {
      lowered = new String[size];
    }
    String s = lowered[i];
    if (s == null) {
      s = lower.substring(starts[i], ends[i]);
      lowered[i] = s;
    }
    return s;
  }

  /**
   * Whether token {@code i} exists and its lower-cased text is in {@code words}: the same answer
   * as {@code words.contains(low(i))}, looked up in place without cutting the token out.
   */
  boolean in(org.confidant.guard.text.WordTable words, int i) {
    if (i < 0 || i >= size) {
      return false;
    }
    return words.containsRegion(lower, starts[i], ends[i], hash(i));
  }

  /** Whether token {@code i} exists and its lower-cased text equals {@code word}. */
  boolean is(int i, String word) {
    return i >= 0 && i < size && ends[i] - starts[i] == word.length()
        && lower.startsWith(word, starts[i]);
  }

  /** {@link String#hashCode()} of token {@code i} lower-cased, computed once. */
  private int hash(int i) {
    if (hashes == null) {
      hashes = new int[size];
      hashed = new boolean[size];
    }
    if (!hashed[i]) {
      hashes[i] = org.confidant.guard.text.WordTable.hash(lower, starts[i], ends[i]);
      hashed[i] = true;
    }
    return hashes[i];
  }

  /** Whether token {@code i} begins with an upper-case letter in the text. */
  boolean isCapitalized(int i) {
    return i >= 0 && i < size && Character.isUpperCase(text.charAt(starts[i]));
  }

  /** Number of characters of token {@code i}. */
  int length(int i) {
    return ends[i] - starts[i];
  }

  /** Whether token {@code i} directly follows token {@code i - 1} with no space between. */
  boolean touchesPrevious(int i) {
    return i > 0 && i < size && starts[i] == ends[i - 1];
  }

  /** Whether the gap before token {@code i} (after token {@code i - 1}) holds a line break. */
  boolean lineBreakBefore(int i) {
    if (i <= 0 || i >= size) {
      return false;
    }
    for (int k = ends[i - 1]; k < starts[i]; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r') {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} is sentence-ending punctuation ('.', '!', '?', ';'). */
  boolean isSentenceEnd(int i) {
    if (i < 0 || i >= size || types[i] != PUNCT) {
      return false;
    }
    char c = text.charAt(starts[i]);
    return c == '.' || c == '!' || c == '?' || c == ';';
  }

  /** Numeric value of a NUM token of at most 9 digits, else -1. */
  int value(int i) {
    if (!isNum(i) || length(i) > 9) {
      return -1;
    }
    int v = 0;
    for (int k = starts[i]; k < ends[i]; k++) {
      int d = Character.digit(text.charAt(k), 10);
      if (d < 0) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }

  /** The index of the first token starting at or after {@code offset} (size when none). */
  int indexAtOrAfter(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}

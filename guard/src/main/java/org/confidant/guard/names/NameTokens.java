package org.confidant.guard.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a text into {@link NameToken}s in one left-to-right pass.
 *
 * <p>Linear in the text's length; never throws. Words longer than {@link #MAX_WORD} letters are
 * kept as tokens (so they separate neighbours) but with an empty-looking key that matches no
 * list.
 */
final class NameTokens {
  static final int MAX_WORD = 40;

  private NameTokens() {}

  /** The words of {@code text} in order. */
  static List<NameToken> tokenize(String text) {
    int n = text.length();
    List<NameToken> out = new ArrayList<>(n / 5 + 4);
    if (n == 0) {
      return out;
    }
    char[] a = text.toCharArray();
    Interner words = new Interner(n);
    int i = 0;
    int gapStart = 0;
    while (i < n) {
      if (!isLetter(a, i)) {
        i++;
        continue;
      }
      int start = i;
      while (i < n) {
        if (isLetter(a, i)) {
          i++;
        } else if (isJoiner(a[i]) && i + 1 < n && isLetter(a, i + 1)) {
          i++;
        } else {
          break;
        }
      }
      int end = i;
      // A possessive or contraction "'s" at the end: the name stops before it.
      if (end - start > 2 && (a[end - 1] == 's' || a[end - 1] == 'S')
          && isApostrophe(a[end - 2])) {
        end -= 2;
      }
      int gap = gapFlags(a, gapStart, start, out.isEmpty());
      out.add(make(a, start, end, gap, words));
      gapStart = i;
    }
    return out;
  }

  /** The gap flags of {@code text[from, to)}; {@code first} marks the text start. */
  private static int gapFlags(char[] text, int from, int to, boolean first) {
    if (to - from == 1 && text[from] == ' ' && !first) {
      return NameToken.GAP_SPACE;
    }
    int flags = 0;
    if (first) {
      flags |= NameToken.GAP_LINE;
    }
    for (int k = from; k < to; k++) {
      char c = text[k];
      if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009') {
        flags |= NameToken.GAP_SPACE;
      } else if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        flags |= NameToken.GAP_LINE;
      } else if (c == '.') {
        flags |= k == from ? NameToken.GAP_DOT : NameToken.GAP_SENTENCE;
      } else if (c == '!' || c == '?' || c == ';' || c == '\u2026' || c == '\u00A1'
          || c == '\u00BF') {
        flags |= NameToken.GAP_SENTENCE;
      } else if (c == ',') {
        flags |= NameToken.GAP_COMMA;
      } else if (c == ':') {
        flags |= NameToken.GAP_COLON;
      } else if (c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2010') {
        flags |= NameToken.GAP_DASH | NameToken.GAP_OTHER;
      } else {
        flags |= NameToken.GAP_OTHER;
      }
    }
    return flags;
  }

  private static NameToken make(char[] text, int start, int end, int gap, Interner words) {
    char c0 = text[start];
    boolean cap = c0 < 128 ? c0 >= 'A' && c0 <= 'Z' : Character.isUpperCase(c0);
    boolean allUpper = end - start >= 2;
    boolean nonAscii = false;
    boolean plain = true;
    int h = 0;
    for (int k = start; k < end; k++) {
      char c = text[k];
      if (c < 128) {
        if (c >= 'a' && c <= 'z') {
          allUpper = false;
        } else if (c >= 'A' && c <= 'Z') {
          c += 32;
        } else if (c == '\'') {
          plain = false;
        }
        h = 31 * h + c;
      } else {
        plain = false;
        if (Character.isLetter(c)) {
          nonAscii = true;
          if (!Character.isUpperCase(c)) {
            allUpper = false;
          }
        }
      }
    }
    Word word = end - start > MAX_WORD ? words.intern("\u0000")
        : plain ? words.intern(text, start, end, h)
        : words.intern(key(new String(text, start, end - start)));
    return new NameToken(start, end, word, cap, allUpper, nonAscii, gap);
  }

  /** The lookup key of a word: lower case, accents removed, apostrophes dropped. */
  static String key(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    boolean plain = true;
    for (int k = 0; k < lower.length(); k++) {
      char c = lower.charAt(k);
      if (c > 0x7F || isApostrophe(c)) {
        plain = false;
        break;
      }
    }
    if (plain) {
      return lower;
    }
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(decomposed.length());
    for (int k = 0; k < decomposed.length(); k++) {
      char c = decomposed.charAt(k);
      if (isApostrophe(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ø' -> b.append('o');
        case 'æ' -> b.append("ae");
        case 'œ' -> b.append("oe");
        case 'ß' -> b.append("ss");
        case 'đ', 'ð' -> b.append('d');
        case 'ł' -> b.append('l');
        case 'ı' -> b.append('i');
        case 'þ' -> b.append("th");
        case '‐' -> b.append('-');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * The distinct keys of one tokenisation: each key is made and looked up in the lists once,
   * however often the word recurs. Plain ASCII words are found without allocating.
   */
  private static final class Interner {
    private Word[] table;
    private int[] hashes;
    private int size;

    /** An interner sized for a text of {@code length} characters. */
    Interner(int length) {
      int cap = 16;
      while (cap < length / 4 && cap < 4096) {
        cap <<= 1;
      }
      table = new Word[cap];
      hashes = new int[cap];
    }

    /**
     * The word of the plain ASCII {@code text[start, end)}, keyed as {@link NameTokens#key}
     * would; {@code h} is the hash of its lower-case form.
     */
    Word intern(char[] text, int start, int end, int h) {
      int mask = table.length - 1;
      int len = end - start;
      for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
        Word w = table[slot];
        if (w == null) {
          char[] low = new char[len];
          for (int k = 0; k < len; k++) {
            char c = text[start + k];
            low[k] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
          }
          return add(slot, h, new Word(new String(low), h));
        }
        if (hashes[slot] == h && w.key.length() == len && sameLower(w.key, text, start)) {
          return w;
        }
      }
    }

    /** The word of the key {@code key}. */
    Word intern(String key) {
      int h = key.hashCode();
      int mask = table.length - 1;
      for (int slot = mix(h) & mask; ; slot = (slot + 1) & mask) {
        Word w = table[slot];
        if (w == null) {
          return add(slot, h, new Word(key, h));
        }
        if (hashes[slot] == h && w.key.equals(key)) {
          return w;
        }
      }
    }

    private static boolean sameLower(String key, char[] text, int start) {
      for (int k = 0; k < key.length(); k++) {
        char c = text[start + k];
        if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != key.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    private static int mix(int h) {
      return h ^ (h >>> 16) ^ (h >>> 7);
    }

    private Word add(int slot, int h, Word w) {
      table[slot] = w;
      hashes[slot] = h;
      if (++size * 2 > table.length) {
        Word[] oldT = table;
        int[] oldH = hashes;
        table = new Word[oldT.length * 2];
        hashes = new int[oldT.length * 2];
        int mask = table.length - 1;
        for (int k = 0; k < oldT.length; k++) {
          if (oldT[k] != null) {
            int s = mix(oldH[k]) & mask;
            while (table[s] != null) {
              s = (s + 1) & mask;
            }
            table[s] = oldT[k];
            hashes[s] = oldH[k];
          }
        }
      }
      return w;
    }
  }

  private static boolean isLetter(char[] text, int i) {
    char c = text[i];
    if (c < 128) {
      char l = (char) (c | 0x20);
      return l >= 'a' && l <= 'z';
    }
    return Character.isLetter(c) || (i > 0 && Character.getType(c) == Character.NON_SPACING_MARK
        && Character.isLetter(text[i - 1]));
  }

  private static boolean isJoiner(char c) {
    return isApostrophe(c) || c == '-' || c == '\u2010';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }
}
